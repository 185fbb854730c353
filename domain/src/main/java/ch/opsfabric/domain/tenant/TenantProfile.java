package ch.opsfabric.domain.tenant;

import static ch.opsfabric.domain.InvalidValue.require;

import ch.opsfabric.domain.Maps;
import ch.opsfabric.domain.sms.DailySmsCap;
import ch.opsfabric.domain.phone.LibphonenumberPlan;
import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.sms.SmsTemplates;
import ch.opsfabric.domain.time.QuietHours;
import ch.opsfabric.domain.time.QuietHoursPolicy;
import ch.opsfabric.domain.time.SlaPolicy;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Everything an operator sets for one business (the `customers` columns plus the per-tenant rules).
 * Valid by construction: a profile that exists can be used by every policy without re-checking.
 * The settings of one rule travel together ({@link QuietHours}, {@link SlaSettings},
 * {@link ReviewSettings}, {@link MissedCallSettings}), so a new setting joins its group and
 * the places that read and write that group, not every place that builds a profile.
 *
 * @param phone         the business's main number, the call-back number in SMS; may be null
 * @param smsNumber     the number SMS are sent from and calls arrive on; null when none is set up
 * @param websiteDomain host of the business's site, for wizard links; may be null
 * @param quietHours    when non-urgent messages wait; the default 21:00–07:00 when null
 * @param sla           the answer-time promise; the defaults when null
 * @param reviews       the review requests; the defaults (none without a link) when null
 * @param missedCall    the missed-call recovery; the defaults when null
 * @param dailySmsCap   how many SMS a day before further ones are held; 300 when null
 * @param channels      call forwarding and urgent alerts; the defaults when null
 * @param assignment    who gets a new ticket; {@link Assignment#OFF} when null
 */
public record TenantProfile(String name, String slug, PhoneNumber phone, String email, PhoneNumber smsNumber,
                            String websiteDomain, ZoneId timezone, Plan plan, boolean active, Modules modules,
                            QuietHours quietHours, SlaSettings sla, ReviewSettings reviews,
                            MissedCallSettings missedCall, DailySmsCap dailySmsCap, ChannelSettings channels,
                            Map<String, Object> config, Assignment assignment) {

    public static final ZoneId DEFAULT_TIMEZONE = ZoneId.of("Europe/Zurich");
    public static final LocalTime DEFAULT_QUIET_HOURS_START = QuietHours.DEFAULT.start();
    public static final LocalTime DEFAULT_QUIET_HOURS_END = QuietHours.DEFAULT.end();
    public static final int DEFAULT_SLA_RESPONSE_MINUTES = SlaSettings.DEFAULTS.responseMinutes();
    public static final int DEFAULT_REVIEW_DELAY_HOURS = ReviewSettings.DEFAULTS.delayHours();

    /** A call-back number as long as a Swiss one is written, for checking a name before any number is set. */
    private static final String PLACEHOLDER_CALLBACK = "044 000 00 00";
    /** Asks libphonenumber afresh, remembering nothing: a profile is checked rarely. */
    private static final NumberingPlan NUMBERS = new LibphonenumberPlan(0);
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /**
     * The first path segments of the service's own routes (docs/http-api.md), and {@code webjars}, kept free for
     * serving front-end libraries the usual way: a business's pages at {@code /{slug}/} would collide with them.
     */
    private static final Set<String> RESERVED_SLUGS =
            Set.of("api", "app", "assets", "health", "prometheus", "r", "webjars");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DOMAIN = Pattern.compile("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    public TenantProfile {
        require(name != null && !name.isBlank() && name.strip().length() <= 120, "name",
                "is required and at most 120 characters");
        name = name.strip();
        require(isSlug(slug), "slug",
                "is required: lower-case letters, digits and single hyphens, at most 63 characters");
        var callback = phone != null ? phone : smsNumber;
        require(SmsTemplates.missedCallOnWeekend(name, callback == null ? PLACEHOLDER_CALLBACK : NUMBERS.forDisplay(callback))
                        .segments() <= 2, "name",
                "makes the missed-call SMS longer than 2 segments: shorten it (letters outside the GSM-7 alphabet, "
                        + "such as ç or ê, make every character count more)");
        require(email != null && email.length() <= 254 && EMAIL.matcher(email).matches(), "email",
                "is required and must be an e-mail address");
        require(websiteDomain == null || (websiteDomain.length() <= 253 && DOMAIN.matcher(websiteDomain).matches()),
                "website_domain", "must be a host name such as doerfler.ch");
        timezone = timezone == null ? DEFAULT_TIMEZONE : timezone;
        plan = plan == null ? Plan.PILOT : plan;
        modules = modules == null ? Modules.defaults() : modules;
        quietHours = quietHours == null ? QuietHours.DEFAULT : quietHours;
        sla = sla == null ? SlaSettings.DEFAULTS : sla;
        reviews = reviews == null ? ReviewSettings.DEFAULTS : reviews;
        missedCall = missedCall == null ? MissedCallSettings.DEFAULTS : missedCall;
        dailySmsCap = dailySmsCap == null ? DailySmsCap.DEFAULT : dailySmsCap;
        channels = channels == null ? ChannelSettings.DEFAULTS : channels;
        config = Maps.frozen(config);
        assignment = assignment == null ? Assignment.OFF : assignment;
    }

    /** A profile with the default call forwarding, no urgent alerts and no assignment. */
    public TenantProfile(String name, String slug, PhoneNumber phone, String email, PhoneNumber smsNumber,
                         String websiteDomain, ZoneId timezone, Plan plan, boolean active, Modules modules,
                         QuietHours quietHours, SlaSettings sla, ReviewSettings reviews,
                         MissedCallSettings missedCall, DailySmsCap dailySmsCap, Map<String, Object> config) {
        this(name, slug, phone, email, smsNumber, websiteDomain, timezone, plan, active, modules, quietHours, sla,
                reviews, missedCall, dailySmsCap, null, config, null);
    }

    /** Whether the text has a slug's form; anything else (a NUL, a path, an emoji) names no business. */
    public static boolean isSlug(String text) {
        return text != null && text.length() <= 63 && SLUG.matcher(text).matches();
    }

    /**
     * Refuses a slug that is one of the service's own paths ({@link #RESERVED_SLUGS}). Asked of a slug being given to
     * a business, not of every profile, so a business stored under such a slug before the rule is still read.
     */
    public static void requireUnreservedSlug(String slug) {
        require(!RESERVED_SLUGS.contains(slug), "slug", "is a path of the service itself ("
                + String.join(", ", new TreeSet<>(RESERVED_SLUGS)) + "): choose another");
    }

    /** A profile with every optional setting at its default. */
    public static TenantProfile withDefaults(String name, String slug, String email) {
        return new TenantProfile(name, slug, null, email, null, null, null, null, true, null, null, null, null, null,
                null, null, null, null);
    }

    /** The same business reachable under other numbers. */
    public TenantProfile withNumbers(PhoneNumber newPhone, PhoneNumber newSmsNumber) {
        return new TenantProfile(name, slug, newPhone, email, newSmsNumber, websiteDomain, timezone, plan, active,
                modules, quietHours, sla, reviews, missedCall, dailySmsCap, channels, config, assignment);
    }

    public TenantProfile withEmail(String newEmail) {
        return new TenantProfile(name, slug, phone, newEmail, smsNumber, websiteDomain, timezone, plan, active,
                modules, quietHours, sla, reviews, missedCall, dailySmsCap, channels, config, assignment);
    }

    public TenantProfile withChannels(ChannelSettings newChannels) {
        return new TenantProfile(name, slug, phone, email, smsNumber, websiteDomain, timezone, plan, active,
                modules, quietHours, sla, reviews, missedCall, dailySmsCap, newChannels, config, assignment);
    }

    public TenantProfile withConfig(Map<String, Object> newConfig) {
        return new TenantProfile(name, slug, phone, email, smsNumber, websiteDomain, timezone, plan, active,
                modules, quietHours, sla, reviews, missedCall, dailySmsCap, channels, newConfig, assignment);
    }

    /** When this business's non-urgent messages may go out. */
    public QuietHoursPolicy quietHoursPolicy() {
        return new QuietHoursPolicy(quietHours, timezone);
    }

    /** The facts the SLA clock runs on for this business. */
    public SlaPolicy slaPolicy() {
        return new SlaPolicy(sla.responseMinutes(), quietHours, timezone, sla.pauseWeekends(),
                Optional.ofNullable(sla.canton()));
    }
}
