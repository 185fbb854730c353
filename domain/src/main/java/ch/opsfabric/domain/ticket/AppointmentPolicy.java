package ch.opsfabric.domain.ticket;

import ch.opsfabric.domain.InvalidValue;
import java.time.Instant;
import java.util.Optional;

/**
 * Which appointment a ticket holds after a change. A ticket becomes {@code SCHEDULED} only with a
 * time agreed with the customer, and while scheduled the time may be moved. Going back from
 * {@code SCHEDULED} to {@code NEEDS_CALLBACK} is the cancelled appointment, so it is dropped; any
 * other way on ({@code IN_PROGRESS}, {@code DONE}, …) keeps it as the record of the visit.
 */
public final class AppointmentPolicy {

    private AppointmentPolicy() {
    }

    /**
     * @param current the appointment before the change, null when there is none
     * @param asked   the appointment the change names, if any
     * @return the appointment after the change, null when there is none
     * @throws InvalidValue naming {@code scheduled_at} when a scheduled ticket would lack a time,
     *                      or a time is given for a ticket that is not scheduled
     */
    public static Instant appointmentAfter(TicketStatus before, TicketStatus after, Instant current,
                                           Optional<Instant> asked) {
        if (after == TicketStatus.SCHEDULED) {
            if (asked.isPresent()) {
                return asked.get();
            }
            if (before != TicketStatus.SCHEDULED) {
                throw new InvalidValue("scheduled_at", "is required when the ticket becomes SCHEDULED");
            }
            return current;
        }
        if (asked.isPresent()) {
            throw new InvalidValue("scheduled_at",
                    "is only taken for a SCHEDULED ticket; send it together with status SCHEDULED");
        }
        return before == TicketStatus.SCHEDULED && after == TicketStatus.NEEDS_CALLBACK ? null : current;
    }
}
