package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.ticket.Ticket;
import java.time.Instant;
import java.util.Objects;

/**
 * A ticket as staff see it: the aggregate plus what is kept beside it, the appointment and the
 * state of the review request.
 *
 * @param scheduledAt         the appointment agreed with the customer, null when there is none
 * @param reviewRequestSentAt null until the review SMS went out
 */
public record TicketView(Ticket ticket, Instant scheduledAt, Instant reviewRequestSentAt,
                         boolean reviewClicked) {

    public TicketView {
        Objects.requireNonNull(ticket, "ticket");
    }
}
