package ch.opsfabric.domain.ticket;

import java.util.Set;

/** The outcome of asking a ticket to move: the caller must handle a refusal, not catch it. */
public sealed interface StatusChange {

    record Moved(Ticket ticket, TicketEvent event) implements StatusChange {
    }

    record Unchanged(Ticket ticket) implements StatusChange {
    }

    record Refused(TicketStatus from, TicketStatus to, Set<TicketStatus> allowed) implements StatusChange {
    }
}
