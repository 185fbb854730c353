package ch.opsfabric.application.staff;

import java.util.List;
import java.util.Optional;

/** @param next where the following page starts; empty on the last page */
public record TicketPage(List<TicketView> items, Optional<TicketPosition> next) {

    public TicketPage {
        items = List.copyOf(items);
    }
}
