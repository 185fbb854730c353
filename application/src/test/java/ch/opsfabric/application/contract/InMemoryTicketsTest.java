package ch.opsfabric.application.contract;

import ch.opsfabric.application.fakes.InMemoryTickets;
import ch.opsfabric.application.port.out.TicketStorePort;
import java.util.UUID;

/** The fake the use-case tests run on keeps the same promises as the PostgreSQL store. */
class InMemoryTicketsTest extends TicketStorePortContract {

    private final InMemoryTickets tickets = new InMemoryTickets();

    @Override
    protected TicketStorePort tickets() {
        return tickets;
    }

    @Override
    protected UUID aBusiness() {
        return UUID.randomUUID();
    }
}
