package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;

import ch.opsfabric.application.contract.EmailQueuePortContract;
import ch.opsfabric.application.port.out.EmailDispatchPort;
import ch.opsfabric.application.port.out.EmailQueuePort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.TestInstance;

/** The PostgreSQL e-mail queue against the contract its in-memory fake is held to as well. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmailOutboxContractTest extends EmailQueuePortContract implements TestPropertyProvider {

    @Inject
    EmailQueuePort queue;

    @Inject
    EmailDispatchPort dispatch;

    @Inject
    StoreTenantPort tenants;

    @Inject
    Transactions transactions;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Override
    protected EmailQueuePort queue() {
        return queue;
    }

    @Override
    protected EmailDispatchPort dispatch() {
        return dispatch;
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
