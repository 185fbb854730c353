package ch.opsfabric.adapters.http;

import ch.opsfabric.domain.tenant.ReviewSettings;
import ch.opsfabric.domain.tenant.SlaSettings;
import ch.opsfabric.domain.time.QuietHours;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.IndustryProfile;
import ch.opsfabric.domain.tenant.MissedCallSettings;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.tenant.Modules;
import ch.opsfabric.domain.tenant.Plan;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.tenant.TenantProfile;
import ch.opsfabric.domain.time.Canton;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code customers} fields of the admin API. A body is laid over a base profile: fields it
 * names replace the base's values (JSON null clears an optional one), fields it leaves out keep
 * them. Creating lays a body over the defaults, so the same rules serve POST and PATCH.
 */
final class TenantJson {

    static final Set<String> FIELDS = Set.of("name", "slug", "phone", "email", "sms_number", "twilio_number",
            "website_domain", "google_review_link", "timezone", "quiet_hours_start", "quiet_hours_end",
            "sla_response_minutes", "review_delay_hours", "plan", "active", "modules", "config",
            "missed_call_delay_seconds", "missed_call_dedupe_minutes", "missed_call_daily_sms_limit",
            "missed_call_blocklist_threshold", "sla_pause_weekends", "canton");
    private static final Set<String> CREATE_FIELDS = union(FIELDS, "profile");

    private TenantJson() {
    }

    static TenantProfile create(JsonBody body) {
        body.rejectUnknown(CREATE_FIELDS);
        var industry = industry(body);
        var base = new Base(null, null, null, null, null, null, null, TenantProfile.DEFAULT_TIMEZONE,
                TenantProfile.DEFAULT_QUIET_HOURS_START, TenantProfile.DEFAULT_QUIET_HOURS_END,
                TenantProfile.DEFAULT_SLA_RESPONSE_MINUTES, TenantProfile.DEFAULT_REVIEW_DELAY_HOURS, Plan.PILOT, true,
                industry.map(IndustryProfile::modules).orElse(Modules.defaults()), MissedCallSettings.DEFAULTS, true,
                null, Map.of());
        var profile = overlay(base, body);
        return industry.map(preset -> withIntents(profile, preset)).orElse(profile);
    }

    /** {@code profile} names an industry preset (seeds modules.md); only at provisioning. */
    private static Optional<IndustryProfile> industry(JsonBody body) {
        var code = body.text("profile");
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

    static TenantProfile patch(TenantProfile current, JsonBody body) {
        body.rejectUnknown(FIELDS);
        var base = new Base(current.name(), current.slug(), current.phone(), current.email(), current.smsNumber(),
                current.websiteDomain(), current.reviews().googleReviewLink(), current.timezone(),
                current.quietHours().start(), current.quietHours().end(), current.sla().responseMinutes(),
                current.reviews().delayHours(), current.plan(), current.active(), current.modules(),
                current.missedCall(), current.sla().pauseWeekends(), current.sla().canton(), current.config());
        return overlay(base, body);
    }

    static Map<String, Object> render(Tenant tenant) {
        var profile = tenant.profile();
        var missedCall = profile.missedCall();
        var json = new LinkedHashMap<String, Object>();
        json.put("id", tenant.id());
        json.put("name", profile.name());
        json.put("slug", profile.slug());
        json.put("phone", text(profile.phone()));
        json.put("email", profile.email());
        json.put("sms_number", text(profile.smsNumber()));
        json.put("website_domain", profile.websiteDomain());
        json.put("google_review_link", profile.reviews().googleReviewLink());
        json.put("timezone", profile.timezone().getId());
        json.put("quiet_hours_start", profile.quietHours().start().toString());
        json.put("quiet_hours_end", profile.quietHours().end().toString());
        json.put("sla_response_minutes", profile.sla().responseMinutes());
        json.put("review_delay_hours", profile.reviews().delayHours());
        json.put("plan", profile.plan().code());
        json.put("active", profile.active());
        json.put("modules", profile.modules().byKey());
        json.put("missed_call_delay_seconds", missedCall.delaySeconds());
        json.put("missed_call_dedupe_minutes", missedCall.dedupeMinutes());
        json.put("missed_call_daily_sms_limit", missedCall.dailySmsLimit());
        json.put("missed_call_blocklist_threshold", missedCall.blocklistThreshold());
        json.put("sla_pause_weekends", profile.sla().pauseWeekends());
        json.put("canton", profile.sla().canton() == null ? null : profile.sla().canton().code());
        json.put("config", profile.config());
        return json;
    }

    private static TenantProfile overlay(Base base, JsonBody body) {
        var missedCall = new MissedCallSettings(
                body.has("missed_call_delay_seconds") ? required(body.integer("missed_call_delay_seconds"),
                        "missed_call_delay_seconds") : base.missedCall.delaySeconds(),
                body.has("missed_call_dedupe_minutes") ? required(body.integer("missed_call_dedupe_minutes"),
                        "missed_call_dedupe_minutes") : base.missedCall.dedupeMinutes(),
                body.has("missed_call_daily_sms_limit") ? required(body.integer("missed_call_daily_sms_limit"),
                        "missed_call_daily_sms_limit") : base.missedCall.dailySmsLimit(),
                body.has("missed_call_blocklist_threshold") ? required(body.integer("missed_call_blocklist_threshold"),
                        "missed_call_blocklist_threshold") : base.missedCall.blocklistThreshold());
        var smsNumberField = body.has("sms_number") ? "sms_number" : "twilio_number";
        var quietStart = body.has("quiet_hours_start") ? parsed(body, "quiet_hours_start", LocalTime::parse)
                : base.quietStart;
        var quietEnd = body.has("quiet_hours_end") ? parsed(body, "quiet_hours_end", LocalTime::parse)
                : base.quietEnd;
        // a time sent as null falls back to its default, as it always has
        var quietHours = new QuietHours(quietStart == null ? QuietHours.DEFAULT.start() : quietStart,
                quietEnd == null ? QuietHours.DEFAULT.end() : quietEnd);
        return new TenantProfile(
                body.has("name") ? body.text("name") : base.name,
                body.has("slug") ? body.text("slug") : base.slug,
                body.has("phone") ? phone(body, "phone") : base.phone,
                body.has("email") ? body.text("email") : base.email,
                body.has(smsNumberField) ? phone(body, smsNumberField) : base.smsNumber,
                body.has("website_domain") ? body.text("website_domain") : base.websiteDomain,
                body.has("timezone") ? parsed(body, "timezone", ZoneId::of) : base.timezone,
                body.has("plan") ? parsed(body, "plan", Plan::fromCode) : base.plan,
                body.has("active") ? required(body.bool("active"), "active") : base.active,
                body.has("modules") ? modules(base.modules, body.object("modules")) : base.modules,
                quietHours,
                new SlaSettings(
                        body.has("sla_response_minutes")
                                ? required(body.integer("sla_response_minutes"), "sla_response_minutes")
                                : base.slaMinutes,
                        body.has("sla_pause_weekends") ? required(body.bool("sla_pause_weekends"), "sla_pause_weekends")
                                : base.slaPauseWeekends,
                        body.has("canton") ? parsed(body, "canton", Canton::fromCode) : base.canton),
                new ReviewSettings(
                        body.has("google_review_link") ? body.text("google_review_link") : base.googleReviewLink,
                        body.has("review_delay_hours") ? required(body.integer("review_delay_hours"), "review_delay_hours")
                                : base.reviewDelayHours),
                missedCall,
                body.has("config") ? orEmpty(body.object("config")) : base.config);
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

    private static PhoneNumber phone(JsonBody body, String field) {
        var text = body.text(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        return PhoneNumber.parse(text).orElseThrow(() -> new InvalidValue(field, "is not a telephone number: " + text));
    }

    private static <T> T parsed(JsonBody body, String field, Function<String, T> parser) {
        var text = body.text(field);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException | DateTimeException unreadable) {
            throw new InvalidValue(field, "is not valid: " + text);
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidValue(field, "must not be null");
        }
        return value;
    }

    private static Map<String, Object> orEmpty(Map<String, Object> map) {
        return map == null ? Map.of() : map;
    }

    private static String text(PhoneNumber number) {
        return number == null ? null : number.e164();
    }

    private static Set<String> union(Set<String> fields, String more) {
        var all = new HashSet<>(fields);
        all.add(more);
        return Set.copyOf(all);
    }

    private record Base(String name, String slug, PhoneNumber phone, String email, PhoneNumber smsNumber,
                        String websiteDomain, String googleReviewLink, ZoneId timezone, LocalTime quietStart,
                        LocalTime quietEnd, int slaMinutes, int reviewDelayHours, Plan plan, boolean active,
                        Modules modules, MissedCallSettings missedCall, boolean slaPauseWeekends, Canton canton,
                        Map<String, Object> config) {
    }
}
