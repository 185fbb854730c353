package ch.opsfabric.domain.tenant;

import static ch.opsfabric.domain.InvalidValue.require;

import ch.opsfabric.domain.time.Canton;

/**
 * How fast a business promises to answer, and what pauses that promise.
 *
 * @param responseMinutes minutes of counted time until the answer is due (docs/domain-rules.md, SLA)
 * @param pauseWeekends   whether Saturdays and Sundays stop the clock
 * @param canton          the canton whose public holidays stop the clock; null for none
 */
public record SlaSettings(int responseMinutes, boolean pauseWeekends, Canton canton) {

    public static final SlaSettings DEFAULTS = new SlaSettings(120, true, null);

    public SlaSettings {
        require(responseMinutes >= 1 && responseMinutes <= 10_080, "sla_response_minutes",
                "must be between 1 and 10080 (one week)");
    }
}
