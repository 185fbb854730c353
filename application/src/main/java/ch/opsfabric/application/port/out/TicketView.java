package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.ticket.Ticket;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A ticket as staff see it: the aggregate plus what is kept beside it, the appointment and the
 * state of the review request.
 *
 * @param scheduledAt         the appointment agreed with the customer, null when there is none
 * @param reviewRequestSentAt null until the review SMS went out
 * @param assignedTo          the staff member working the ticket, null for nobody
 */
public record TicketView(Ticket ticket, Instant scheduledAt, Instant reviewRequestSentAt,
                         boolean reviewClicked, UUID assignedTo) {

    public TicketView {
        Objects.requireNonNull(ticket, "ticket");
    }
}
