package ch.opsfabric.application.port.in;

import ch.opsfabric.application.port.out.TicketPosition;
import ch.opsfabric.application.port.out.TicketView;
import java.util.List;
import java.util.Optional;

/** @param next where the following page starts; empty on the last page */
public record TicketPage(List<TicketView> items, Optional<TicketPosition> next) {

    public TicketPage {
        items = List.copyOf(items);
    }
}
