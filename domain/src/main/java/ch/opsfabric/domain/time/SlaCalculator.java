package ch.opsfabric.domain.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

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
        return afterCounted(createdAt, Duration.ofMinutes(policy.slaResponseMinutes()), policy, true);
    }

    /**
     * When a ticket created at {@code createdAt} has {@code warningMinutes} of counted time left before its
     * deadline: after the response minutes less the warning have counted. That moment always lies in counted
     * time, never at night, on a paused weekend or on a holiday: a warning that would fall exactly on the start
     * of a pause comes when the pause ends. None when the warning is off (0) or not shorter than the whole
     * response time (the new-request e-mail is the notice then).
     */
    public Optional<Instant> warningAt(Instant createdAt, SlaPolicy policy, int warningMinutes) {
        Objects.requireNonNull(createdAt, "createdAt is required");
        Objects.requireNonNull(policy, "policy is required");
        if (warningMinutes <= 0 || warningMinutes >= policy.slaResponseMinutes()) {
            return Optional.empty();
        }
        return Optional.of(afterCounted(createdAt,
                Duration.ofMinutes(policy.slaResponseMinutes() - warningMinutes), policy, false));
    }

    /** @param endAtPauseStart whether minutes used up exactly when a pause begins end there or after the pause */
    private Instant afterCounted(Instant start, Duration minutes, SlaPolicy policy, boolean endAtPauseStart) {
        QuietHoursPolicy quietHours = policy.quietHoursPolicy();
        Duration remaining = minutes;
        Instant cursor = start;
        while (true) {
            LocalDate day = cursor.atZone(policy.zone()).toLocalDate();
            if (isPausedDay(day, policy)) {
                cursor = day.plusDays(1).atStartOfDay(policy.zone()).toInstant();
                continue;
            }
            Instant segmentEnd = quietHours.nextChangeAfter(cursor);
            if (!quietHours.isQuiet(cursor)) {
                Duration counted = Duration.between(cursor, segmentEnd);
                int comparison = remaining.compareTo(counted);
                if (comparison < 0 || (comparison == 0 && endAtPauseStart)) {
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
