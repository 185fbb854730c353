package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;

import ch.opsfabric.application.contract.TicketEventsContract;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.TicketHistoryPort;
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

/** The PostgreSQL stores against the contract their in-memory fake is held to as well. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketEventsContractTest extends TicketEventsContract implements TestPropertyProvider {

    @Inject
    TicketStorePort tickets;

    @Inject
    TicketEventPort events;

    @Inject
    TicketHistoryPort history;

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
    protected TicketEventPort events() {
        return events;
    }

    @Override
    protected TicketHistoryPort history() {
        return history;
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
