package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;

import ch.opsfabric.application.contract.StaffTicketPortsContract;
import ch.opsfabric.application.port.out.AppointmentPort;
import ch.opsfabric.application.port.out.BrowseTicketsPort;
import ch.opsfabric.application.port.out.LockTicketPort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.TestInstance;

/** The PostgreSQL staff store against the contract its in-memory fake is held to as well. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffTicketStoreContractTest extends StaffTicketPortsContract implements TestPropertyProvider {

    @Inject
    TicketStorePort tickets;

    @Inject
    BrowseTicketsPort browse;

    @Inject
    LockTicketPort locks;

    @Inject
    AppointmentPort appointments;

    @Inject
    StoreTenantPort tenants;

    @Inject
    Transactions transactions;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Override
    protected TicketStorePort tickets() {
        return tickets;
    }

    @Override
    protected BrowseTicketsPort browse() {
        return browse;
    }

    @Override
    protected LockTicketPort locks() {
        return locks;
    }

    @Override
    protected AppointmentPort appointments() {
        return appointments;
    }

    @Override
    protected UUID aBusiness() {
        var tenant = aTenant().build();
        tenants.create(tenant, MORNING);
        return tenant.id();
    }

    @Override
    protected <T> T forBusiness(UUID business, Supplier<T> work) {
        return transactions.forTenant(business, work);
    }
}
