package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.ticket.TicketEvent;
import java.util.List;
import java.util.UUID;

/** Reads a ticket's audit log back. */
public interface TicketHistoryPort {

    /** The ticket's events in the order they were written. */
    List<TicketEvent> oldestFirst(UUID customerId, UUID ticketId);
}
