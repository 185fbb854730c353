package ch.opsfabric.application.contract;

import ch.opsfabric.application.fakes.InMemoryTickets;
import ch.opsfabric.application.port.out.AppointmentPort;
import ch.opsfabric.application.port.out.BrowseTicketsPort;
import ch.opsfabric.application.port.out.LockTicketPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import java.util.UUID;
import java.util.function.Supplier;

/** The fake the staff use-case tests run on keeps the same promises as the PostgreSQL store. */
class InMemoryStaffTicketsTest extends StaffTicketPortsContract {

    private final InMemoryTickets tickets = new InMemoryTickets();

    @Override
    protected TicketStorePort tickets() {
        return tickets;
    }

    @Override
    protected BrowseTicketsPort browse() {
        return tickets;
    }

    @Override
    protected LockTicketPort locks() {
        return tickets;
    }

    @Override
    protected AppointmentPort appointments() {
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
