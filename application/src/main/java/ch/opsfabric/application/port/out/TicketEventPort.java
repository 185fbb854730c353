package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.ticket.TicketEvent;
import java.util.UUID;

/** The append-only audit log of tickets. */
public interface TicketEventPort {

    void append(UUID customerId, TicketEvent event);
}
