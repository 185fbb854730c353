package ch.opsfabric.domain.tenant;

import static ch.opsfabric.domain.InvalidValue.require;


/**
 * How a tenant's missed-call recovery behaves (docs/domain-rules.md, Missed-call recovery).
 *
 * @param delaySeconds       wait before the SMS, so a caller who rings back at once is not texted
 * @param dedupeMinutes      no second missed-call SMS to the same number within this window
 * @param dailySmsLimit      at most this many missed-call SMS per number and local day
 * @param blocklistThreshold more missed calls than this from one number in a day block it
 */
public record MissedCallSettings(int delaySeconds, int dedupeMinutes, int dailySmsLimit, int blocklistThreshold) {

    public static final MissedCallSettings DEFAULTS = new MissedCallSettings(45, 15, 3, 5);

    public MissedCallSettings {
        require(delaySeconds >= 0 && delaySeconds <= 300, "missed_call_delay_seconds", "must be between 0 and 300");
        require(dedupeMinutes >= 0 && dedupeMinutes <= 1440, "missed_call_dedupe_minutes", "must be between 0 and 1440");
        require(dailySmsLimit >= 0 && dailySmsLimit <= 50, "missed_call_daily_sms_limit", "must be between 0 and 50");
        require(blocklistThreshold >= 1 && blocklistThreshold <= 1000, "missed_call_blocklist_threshold",
                "must be between 1 and 1000");
    }
}
