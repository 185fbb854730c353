package ch.opsfabric.application.review;

import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.TicketEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

final class InMemoryEventLog implements TicketEventPort {

    record Appended(UUID customerId, TicketEvent event, int transaction) {
    }

    private final NumberedTransactions transactions;
    final List<Appended> appended = new ArrayList<>();

    InMemoryEventLog(NumberedTransactions transactions) {
        this.transactions = transactions;
    }

    List<TicketEvent> of(UUID ticketId, EventType type) {
        return appended.stream().map(Appended::event)
                .filter(event -> event.ticketId().equals(ticketId) && event.type() == type).toList();
    }

    @Override
    public void append(UUID customerId, TicketEvent event) {
        appended.add(new Appended(customerId, event, transactions.current()));
    }
}
