package ch.opsfabric.adapters.http;

import ch.opsfabric.domain.sms.DailySmsCap;
import ch.opsfabric.application.port.in.Edit;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Assignment;
import ch.opsfabric.domain.tenant.ChannelSettings;
import ch.opsfabric.domain.tenant.IndustryProfile;
import ch.opsfabric.domain.tenant.MissedCallSettings;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.tenant.Modules;
import ch.opsfabric.domain.tenant.Plan;
import ch.opsfabric.domain.tenant.ReviewSettings;
import ch.opsfabric.domain.tenant.SlaSettings;
import ch.opsfabric.domain.tenant.TenantProfile;
import ch.opsfabric.domain.time.Canton;
import ch.opsfabric.domain.time.QuietHours;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code customers} fields of the admin API. A request is laid over a base profile: fields it
 * names replace the base's values (JSON null clears an optional one), fields it leaves out keep
 * them. Creating lays a request over the defaults, so the same rules serve POST and PATCH.
 */
final class TenantJson {

    private TenantJson() {
    }

    static TenantProfile create(TenantRequest request) {
        var industry = industry(request.profile());
        var base = new Base(null, null, null, null, null, null, null, TenantProfile.DEFAULT_TIMEZONE,
                TenantProfile.DEFAULT_QUIET_HOURS_START, TenantProfile.DEFAULT_QUIET_HOURS_END,
                TenantProfile.DEFAULT_SLA_RESPONSE_MINUTES, TenantProfile.DEFAULT_REVIEW_DELAY_HOURS, Plan.PILOT, true,
                industry.map(IndustryProfile::modules).orElse(Modules.defaults()), MissedCallSettings.DEFAULTS, true,
                null, DailySmsCap.DEFAULT, ChannelSettings.DEFAULTS, Map.of(), SlaSettings.DEFAULT_WARNING_MINUTES,
                Assignment.OFF);
        var profile = overlay(base, request);
        return industry.map(preset -> withIntents(profile, preset)).orElse(profile);
    }

    /** {@code profile} names an industry preset; only at provisioning. */
    private static Optional<IndustryProfile> industry(Edit<String> profile) {
        var code = profile.appliedTo(null);
        if (code == null) {
            return Optional.empty();
        }
        return Optional.of(IndustryProfile.fromCode(code.strip().toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new InvalidValue("profile", "must be one of handwerk, gastro, beauty, allgemein: " + code)));
    }

    /** The preset's intents, unless the operator's config names its own. */
    private static TenantProfile withIntents(TenantProfile profile, IndustryProfile preset) {
        if (profile.config().containsKey("intents")) {
            return profile;
        }
        var config = new LinkedHashMap<String, Object>(profile.config());
        config.put("intents", preset.intents());
        return profile.withConfig(config);
    }

    static TenantProfile patch(TenantProfile current, TenantRequest request) {
        if (request.profile().named()) {
            throw new InvalidValue("profile", "is not a known field");
        }
        var base = new Base(current.name(), current.slug(), current.phone(), current.email(), current.smsNumber(),
                current.websiteDomain(), current.reviews().googleReviewLink(), current.timezone(),
                current.quietHours().start(), current.quietHours().end(), current.sla().responseMinutes(),
                current.reviews().delayHours(), current.plan(), current.active(), current.modules(),
                current.missedCall(), current.sla().pauseWeekends(), current.sla().canton(), current.dailySmsCap(),
                current.channels(), current.config(), current.sla().warningMinutes(), current.assignment());
        return overlay(base, request);
    }

    private static TenantProfile overlay(Base base, TenantRequest request) {
        var missedCall = new MissedCallSettings(
                required(request.missedCallDelaySeconds(), "missed_call_delay_seconds", base.missedCall.delaySeconds()),
                required(request.missedCallDedupeMinutes(), "missed_call_dedupe_minutes",
                        base.missedCall.dedupeMinutes()),
                required(request.missedCallDailySmsLimit(), "missed_call_daily_sms_limit",
                        base.missedCall.dailySmsLimit()),
                required(request.missedCallBlocklistThreshold(), "missed_call_blocklist_threshold",
                        base.missedCall.blocklistThreshold()));
        var smsNumber = request.smsNumber().named()
                ? phone(request.smsNumber(), "sms_number", base.smsNumber)
                : phone(request.twilioNumber(), "twilio_number", base.smsNumber);
        var quietStart = parsed(request.quietHoursStart(), "quiet_hours_start", LocalTime::parse, base.quietStart);
        var quietEnd = parsed(request.quietHoursEnd(), "quiet_hours_end", LocalTime::parse, base.quietEnd);
        // a time sent as null falls back to its default, as it always has
        var quietHours = new QuietHours(quietStart == null ? QuietHours.DEFAULT.start() : quietStart,
                quietEnd == null ? QuietHours.DEFAULT.end() : quietEnd);
        return new TenantProfile(
                request.name().appliedTo(base.name),
                request.slug().appliedTo(base.slug),
                phone(request.phone(), "phone", base.phone),
                request.email().appliedTo(base.email),
                smsNumber,
                request.websiteDomain().appliedTo(base.websiteDomain),
                parsed(request.timezone(), "timezone", ZoneId::of, base.timezone),
                parsed(request.plan(), "plan", Plan::fromCode, base.plan),
                required(request.active(), "active", base.active),
                request.modules().named() ? modules(base.modules, request.modules().appliedTo(null)) : base.modules,
                quietHours,
                new SlaSettings(required(request.slaResponseMinutes(), "sla_response_minutes", base.slaMinutes),
                        required(request.slaPauseWeekends(), "sla_pause_weekends", base.slaPauseWeekends),
                        parsed(request.canton(), "canton", Canton::fromCode, base.canton),
                        required(request.slaWarningMinutes(), "sla_warning_minutes", base.slaWarningMinutes)),
                new ReviewSettings(request.googleReviewLink().appliedTo(base.googleReviewLink),
                        required(request.reviewDelayHours(), "review_delay_hours", base.reviewDelayHours)),
                missedCall,
                new DailySmsCap(required(request.dailySmsCap(), "daily_sms_cap", base.dailySmsCap.perDay())),
                new ChannelSettings(required(request.ringSeconds(), "ring_seconds", base.channels.ringSeconds()),
                        phone(request.alertPhone(), "alert_phone", base.channels.alertPhone())),
                request.config().named() ? orEmpty(request.config().appliedTo(null)) : base.config,
                required(request.assignment().map(code -> Assignment.fromCode(code.strip())), "assignment",
                        base.assignment));
    }

    private static Modules modules(Modules current, Map<String, Object> changes) {
        if (changes == null) {
            throw new InvalidValue("modules", "must be a JSON object of module switches");
        }
        var switches = new EnumMap<Module, Boolean>(Module.class);
        for (var module : Module.values()) {
            switches.put(module, current.isOn(module));
        }
        changes.forEach((key, on) -> {
            var module = Modules.moduleForKey(key)
                    .orElseThrow(() -> new InvalidValue("modules." + key, "is not a known module"));
            if (!(on instanceof Boolean value)) {
                throw new InvalidValue("modules." + key, "must be true or false");
            }
            switches.put(module, value);
        });
        return new Modules(switches);
    }

    /** A blank number clears it, like JSON null. */
    private static PhoneNumber phone(Edit<String> edit, String field, PhoneNumber current) {
        if (!edit.named()) {
            return current;
        }
        var text = edit.appliedTo(null);
        if (text == null || text.isBlank()) {
            return null;
        }
        return PhoneNumber.parse(text).orElseThrow(() -> new InvalidValue(field, "is not a telephone number: " + text));
    }

    private static <T> T parsed(Edit<String> edit, String field, Function<String, T> parser, T current) {
        if (!edit.named()) {
            return current;
        }
        var text = edit.appliedTo(null);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException | DateTimeException unreadable) {
            throw new InvalidValue(field, "is not valid: " + text);
        }
    }

    /** A setting that always has a value: left out it keeps the current one, named it must not be null. */
    private static <T> T required(Edit<T> edit, String field, T current) {
        if (!edit.named()) {
            return current;
        }
        var value = edit.appliedTo(null);
        if (value == null) {
            throw new InvalidValue(field, "must not be null");
        }
        return value;
    }

    private static Map<String, Object> orEmpty(Map<String, Object> map) {
        return map == null ? Map.of() : map;
    }

    private record Base(String name, String slug, PhoneNumber phone, String email, PhoneNumber smsNumber,
                        String websiteDomain, String googleReviewLink, ZoneId timezone, LocalTime quietStart,
                        LocalTime quietEnd, int slaMinutes, int reviewDelayHours, Plan plan, boolean active,
                        Modules modules, MissedCallSettings missedCall, boolean slaPauseWeekends, Canton canton,
                        DailySmsCap dailySmsCap, ChannelSettings channels, Map<String, Object> config,
                        int slaWarningMinutes, Assignment assignment) {
    }
}
