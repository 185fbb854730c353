package ch.opsfabric.domain.tenant;

import static ch.opsfabric.domain.InvalidValue.require;

import ch.opsfabric.domain.Maps;
import ch.opsfabric.domain.phone.LibphonenumberPlan;
import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.sms.SmsTemplates;
import ch.opsfabric.domain.time.Canton;
import ch.opsfabric.domain.time.QuietHours;
import ch.opsfabric.domain.time.QuietHoursPolicy;
import ch.opsfabric.domain.time.SlaPolicy;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything an operator sets for one business (seeds 02 §2.2 plus the per-tenant rules).
 * Valid by construction: a profile that exists can be used by every policy without re-checking.
 *
 * @param phone            the business's main number, the call-back number in SMS; may be null
 * @param smsNumber        the number SMS are sent from and calls arrive on; null when none is set up
 * @param websiteDomain    host of the business's site, for wizard links; may be null
 * @param googleReviewLink where review requests lead; may be null (no review SMS then)
 * @param canton           the canton whose public holidays pause the SLA; null for none
 */
public record TenantProfile(String name, String slug, PhoneNumber phone, String email, PhoneNumber smsNumber,
                            String websiteDomain, String googleReviewLink, ZoneId timezone,
                            LocalTime quietHoursStart, LocalTime quietHoursEnd, int slaResponseMinutes,
                            int reviewDelayHours, Plan plan, boolean active, Modules modules,
                            MissedCallSettings missedCall, boolean slaPauseWeekends, Canton canton,
                            Map<String, Object> config) {

    public static final ZoneId DEFAULT_TIMEZONE = ZoneId.of("Europe/Zurich");
    public static final LocalTime DEFAULT_QUIET_HOURS_START = LocalTime.of(21, 0);
    public static final LocalTime DEFAULT_QUIET_HOURS_END = LocalTime.of(7, 0);
    public static final int DEFAULT_SLA_RESPONSE_MINUTES = 120;
    public static final int DEFAULT_REVIEW_DELAY_HOURS = 2;

    /** A call-back number as long as a Swiss one is written, for checking a name before any number is set. */
    private static final String PLACEHOLDER_CALLBACK = "044 000 00 00";
    /** Asks libphonenumber afresh, remembering nothing: a profile is checked rarely. */
    private static final NumberingPlan NUMBERS = new LibphonenumberPlan(0);
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DOMAIN = Pattern.compile("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    public TenantProfile {
        require(name != null && !name.isBlank() && name.strip().length() <= 120, "name",
                "is required and at most 120 characters");
        name = name.strip();
        require(slug != null && slug.length() <= 63 && SLUG.matcher(slug).matches(), "slug",
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
        require(googleReviewLink == null || (googleReviewLink.startsWith("https://") && googleReviewLink.length() <= 2000
                        && !googleReviewLink.contains(" ")),
                "google_review_link", "must be an https:// link");
        timezone = timezone == null ? DEFAULT_TIMEZONE : timezone;
        quietHoursStart = quietHoursStart == null ? DEFAULT_QUIET_HOURS_START : quietHoursStart;
        quietHoursEnd = quietHoursEnd == null ? DEFAULT_QUIET_HOURS_END : quietHoursEnd;
        require(slaResponseMinutes >= 1 && slaResponseMinutes <= 10_080, "sla_response_minutes",
                "must be between 1 and 10080 (one week)");
        require(reviewDelayHours >= 0 && reviewDelayHours <= 720, "review_delay_hours", "must be between 0 and 720");
        plan = plan == null ? Plan.PILOT : plan;
        modules = modules == null ? Modules.defaults() : modules;
        missedCall = missedCall == null ? MissedCallSettings.DEFAULTS : missedCall;
        config = Maps.frozen(config);
    }

    /** A profile with every optional setting at its default. */
    public static TenantProfile withDefaults(String name, String slug, String email) {
        return new TenantProfile(name, slug, null, email, null, null, null, null, null, null,
                DEFAULT_SLA_RESPONSE_MINUTES, DEFAULT_REVIEW_DELAY_HOURS, null, true, null, null, true, null, null);
    }

    public QuietHours quietHours() {
        return new QuietHours(quietHoursStart, quietHoursEnd);
    }

    /** When this business's non-urgent messages may go out. */
    public QuietHoursPolicy quietHoursPolicy() {
        return new QuietHoursPolicy(quietHours(), timezone);
    }

    /** The facts the SLA clock runs on for this business. */
    public SlaPolicy slaPolicy() {
        return new SlaPolicy(slaResponseMinutes, quietHours(), timezone, slaPauseWeekends, Optional.ofNullable(canton));
    }
}
