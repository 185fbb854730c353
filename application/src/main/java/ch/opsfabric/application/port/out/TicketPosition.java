package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A place in one of the list's orders: the ticket's sort instant (created_at when newest first, sla_deadline
 * when deadline first), then its id as tie-breaker. A page continues strictly after the position of its
 * predecessor's last ticket, so tickets created meanwhile never shift, repeat or hide what the following
 * pages hold in the newest-first order; in the deadline order a ticket that is answered or created meanwhile
 * leaves or joins the pages still to come, and none repeats.
 */
public record TicketPosition(Instant at, UUID id) {

    public TicketPosition {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(id, "id");
    }

    public static TicketPosition of(TicketView view, TicketOrder order) {
        var ticket = view.ticket();
        return new TicketPosition(order == TicketOrder.DEADLINE_FIRST ? ticket.slaDeadline() : ticket.createdAt(),
                ticket.id());
    }
}
