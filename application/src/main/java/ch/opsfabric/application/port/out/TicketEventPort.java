package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.ticket.TicketEvent;
import java.util.List;
import java.util.UUID;

/** The append-only audit log of tickets. */
public interface TicketEventPort {

    void append(UUID customerId, TicketEvent event);

    /** Appends the events in their order, which a store may do in one statement. */
    default void appendAll(UUID customerId, List<TicketEvent> events) {
        events.forEach(event -> append(customerId, event));
    }
}
