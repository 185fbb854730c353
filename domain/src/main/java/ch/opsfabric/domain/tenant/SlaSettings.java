package ch.opsfabric.domain.tenant;

import static ch.opsfabric.domain.InvalidValue.require;

import ch.opsfabric.domain.time.Canton;

/**
 * How fast a business promises to answer, and what pauses that promise.
 *
 * @param responseMinutes minutes of counted time until the answer is due (docs/domain-rules.md, SLA)
 * @param pauseWeekends   whether Saturdays and Sundays stop the clock
 * @param canton          the canton whose public holidays stop the clock; null for none
 * @param warningMinutes  minutes of counted time before the deadline at which a still unanswered ticket warns
 *                        (docs/domain-rules.md, SLA warning); 0 for never
 */
public record SlaSettings(int responseMinutes, boolean pauseWeekends, Canton canton, int warningMinutes) {

    public static final int DEFAULT_WARNING_MINUTES = 30;
    public static final SlaSettings DEFAULTS = new SlaSettings(120, true, null, DEFAULT_WARNING_MINUTES);

    public SlaSettings {
        require(responseMinutes >= 1 && responseMinutes <= 10_080, "sla_response_minutes",
                "must be between 1 and 10080 (one week)");
        require(warningMinutes >= 0 && warningMinutes <= 10_080, "sla_warning_minutes",
                "must be between 0 (no warning) and 10080 (one week)");
    }

    /** Settings with the default warning. */
    public SlaSettings(int responseMinutes, boolean pauseWeekends, Canton canton) {
        this(responseMinutes, pauseWeekends, canton, DEFAULT_WARNING_MINUTES);
    }
}
