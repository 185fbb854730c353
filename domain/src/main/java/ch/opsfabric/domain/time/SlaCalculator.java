package ch.opsfabric.domain.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Computes a ticket's SLA deadline: {@code createdAt} plus the tenant's response minutes,
 * where only time that is not paused counts.
 *
 * <p>The clock is paused inside quiet hours, on Saturdays and Sundays when the tenant pauses
 * weekends, and on the public holidays of the tenant's canton when one is set. Days are the
 * tenant's local days and quiet hours its wall clock, so the result is correct across
 * daylight-saving changes; the minutes that count are real elapsed minutes. An SLA created
 * during a pause starts counting when the pause ends. A deadline that uses up the minutes
 * exactly when a pause begins is that instant, not the end of the pause.
 */
public final class SlaCalculator {

    private final PublicHolidays publicHolidays;

    public SlaCalculator(PublicHolidays publicHolidays) {
        this.publicHolidays = Objects.requireNonNull(publicHolidays, "public holidays are required");
    }

    public Instant deadline(Instant createdAt, SlaPolicy policy) {
        Objects.requireNonNull(createdAt, "createdAt is required");
        Objects.requireNonNull(policy, "policy is required");
        QuietHoursPolicy quietHours = policy.quietHoursPolicy();
        Duration remaining = Duration.ofMinutes(policy.slaResponseMinutes());
        Instant cursor = createdAt;
        while (true) {
            LocalDate day = cursor.atZone(policy.zone()).toLocalDate();
            if (isPausedDay(day, policy)) {
                cursor = day.plusDays(1).atStartOfDay(policy.zone()).toInstant();
                continue;
            }
            Instant segmentEnd = quietHours.nextChangeAfter(cursor);
            if (!quietHours.isQuiet(cursor)) {
                Duration counted = Duration.between(cursor, segmentEnd);
                if (remaining.compareTo(counted) <= 0) {
                    return cursor.plus(remaining);
                }
                remaining = remaining.minus(counted);
            }
            cursor = segmentEnd;
        }
    }

    private boolean isPausedDay(LocalDate day, SlaPolicy policy) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (weekend && policy.pauseWeekends()) {
            return true;
        }
        return policy.canton().map(canton -> publicHolidays.isHoliday(canton, day)).orElse(false);
    }
}
