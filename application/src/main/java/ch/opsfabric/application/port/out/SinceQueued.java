package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.ticket.TicketStatus;
import java.util.Optional;

/**
 * What has happened since an SMS was queued, read in the same statement that claims it when it
 * falls due, so {@code Supersession} can tell whether it still holds.
 *
 * @param ticket             its ticket as it stands now; empty for a message outside a ticket
 * @param answered           the business moved the ticket on since (a customer's own reply does not count)
 * @param appointmentChanged the ticket's appointment was changed or cancelled since
 * @param callerInTouch      the recipient has since written (SMS, wizard), got through on the phone, or had
 *                           a ticket handled
 */
public record SinceQueued(Optional<TicketNow> ticket, boolean answered, boolean appointmentChanged,
                          boolean callerInTouch) {

    /** Nothing happened that matters: the message goes as queued. */
    public static final SinceQueued NOTHING = new SinceQueued(Optional.empty(), false, false, false);

    public SinceQueued {
        ticket = ticket == null ? Optional.empty() : ticket;
    }

    /** @param contactPhone the number the ticket reaches its customer on now, empty when it has none */
    public record TicketNow(TicketStatus status, Optional<PhoneNumber> contactPhone) {

        public TicketNow {
            contactPhone = contactPhone == null ? Optional.empty() : contactPhone;
        }
    }
}
