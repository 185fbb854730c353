package ch.opsfabric.domain.time;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Objects;

/**
 * Decides when an outbound message may go out, given a tenant's quiet hours and time zone.
 *
 * <p>Guarantees: quiet hours are read off the tenant's wall clock, so "07:00" is 07:00 local
 * time on both sides of a daylight-saving change. {@link #nextAllowedSend(Instant)} returns
 * the earliest instant at or after the due instant that lies outside quiet hours. If the
 * quiet-hours end does not exist on a spring-forward day (it falls into the gap), the first
 * valid instant after the gap is used; if it exists twice on a fall-back day, the next
 * occurrence after the due instant is used (the wall clock passes through the repeated hour
 * twice, and it is quiet both times if the window covers it).
 */
public record QuietHoursPolicy(QuietHours quietHours, ZoneId zone) {

    public QuietHoursPolicy {
        Objects.requireNonNull(quietHours, "quiet hours are required");
        Objects.requireNonNull(zone, "time zone is required");
    }

    public boolean isQuiet(Instant instant) {
        return quietHours.contains(instant.atZone(zone).toLocalTime());
    }

    public Instant nextAllowedSend(Instant due) {
        Instant candidate = due;
        while (isQuiet(candidate)) {
            candidate = nextChangeAfter(candidate);
        }
        return candidate;
    }

    /**
     * The next instant after {@code from} at which the quiet state or the local date may change:
     * the next quiet-hours start or end on the current local date, the next local midnight,
     * or the next offset transition of the zone. Between {@code from} and the returned instant,
     * {@link #isQuiet(Instant)} and the local date stay constant, which lets callers walk time
     * boundary by boundary instead of minute by minute.
     */
    Instant nextChangeAfter(Instant from) {
        ZonedDateTime local = from.atZone(zone);
        Instant next = local.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        ZoneOffsetTransition transition = zone.getRules().nextTransition(from);
        if (transition != null && transition.getInstant().isBefore(next)) {
            next = transition.getInstant();
        }
        for (LocalTime edge : List.of(quietHours.start(), quietHours.end())) {
            // Preferring the current offset finds an edge's second occurrence once we are in the repeated
            // autumn hour. An edge inside the spring gap resolves to a time after the gap, so the
            // transition above, the first valid instant after the skipped hour, comes first.
            Instant edgeToday = ZonedDateTime.ofLocal(local.toLocalDate().atTime(edge), zone, local.getOffset()).toInstant();
            if (edgeToday.isAfter(from) && edgeToday.isBefore(next)) {
                next = edgeToday;
            }
        }
        return next;
    }
}
