package ch.opsfabric.application.port.in;

import ch.opsfabric.application.port.out.TicketView;
import ch.opsfabric.domain.ticket.TicketEvent;
import java.util.List;
import java.util.Objects;

/** One ticket with its whole history, oldest event first. */
public record TicketDetail(TicketView view, List<TicketEvent> events) {

    public TicketDetail {
        Objects.requireNonNull(view, "view");
        events = List.copyOf(events);
    }
}
