package ch.opsfabric.domain.time;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts about a tenant that decide when its SLA clock runs: the promised response time,
 * quiet hours, time zone, whether weekends pause the clock, and the canton whose public
 * holidays pause it (none when absent).
 */
public record SlaPolicy(
        int slaResponseMinutes,
        QuietHours quietHours,
        ZoneId zone,
        boolean pauseWeekends,
        Optional<Canton> canton) {

    public SlaPolicy {
        if (slaResponseMinutes <= 0) {
            throw new IllegalArgumentException("sla response minutes must be positive, was " + slaResponseMinutes);
        }
        Objects.requireNonNull(quietHours, "quiet hours are required");
        Objects.requireNonNull(zone, "time zone is required");
        Objects.requireNonNull(canton, "canton must be given, or Optional.empty()");
    }

    QuietHoursPolicy quietHoursPolicy() {
        return new QuietHoursPolicy(quietHours, zone);
    }
}
