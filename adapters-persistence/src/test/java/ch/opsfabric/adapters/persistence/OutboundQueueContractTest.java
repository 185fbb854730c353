package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static ch.opsfabric.adapters.persistence.TicketFixture.aTicket;

import ch.opsfabric.application.contract.SmsQueuePortContract;
import ch.opsfabric.application.port.out.SmsDispatchPort;
import ch.opsfabric.application.port.out.SmsQueuePort;
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

/** The PostgreSQL queue against the contract its in-memory fake is held to as well. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboundQueueContractTest extends SmsQueuePortContract implements TestPropertyProvider {

    @Inject
    SmsQueuePort queue;

    @Inject
    SmsDispatchPort dispatch;

    @Inject
    StoreTenantPort tenants;

    @Inject
    TicketStorePort tickets;

    @Inject
    Transactions transactions;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Override
    protected SmsQueuePort queue() {
        return queue;
    }

    @Override
    protected SmsDispatchPort dispatch() {
        return dispatch;
    }

    @Override
    protected UUID aBusiness() {
        var tenant = aTenant().build();
        tenants.create(tenant, MORNING);
        return tenant.id();
    }

    @Override
    protected UUID aTicketOf(UUID business) {
        var ticket = aTicket(business).withoutDedupeKey().build();
        tickets.insertUnlessDuplicate(ticket);
        return ticket.id();
    }

    @Override
    protected <T> T forBusiness(UUID business, Supplier<T> work) {
        return transactions.forTenant(business, work);
    }
}
