package ch.opsfabric.application.contract;

import ch.opsfabric.application.fakes.InMemoryTickets;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.TicketHistoryPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import java.util.UUID;
import java.util.function.Supplier;

/** The fake the use-case tests run on keeps the same promises as the PostgreSQL stores. */
class InMemoryTicketEventsTest extends TicketEventsContract {

    private final InMemoryTickets tickets = new InMemoryTickets();

    @Override
    protected TicketStorePort tickets() {
        return tickets;
    }

    @Override
    protected TicketEventPort events() {
        return tickets;
    }

    @Override
    protected TicketHistoryPort history() {
        return tickets;
    }

    @Override
    protected UUID aBusiness() {
        return UUID.randomUUID();
    }

    @Override
    protected <T> T forBusiness(UUID business, Supplier<T> work) {
        return work.get();
    }
}
