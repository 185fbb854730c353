package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;

import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.testsupport.Rows;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * What the tests of one business's writes share: a fresh database, a new business onboarded at
 * {@link TestTimes#MORNING} before each test, the stores its transactions write to (tickets, their events, the SMS
 * queue) and direct reads of what stayed. Subclasses carry {@code @MicronautTest(transactional = false)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BusinessTransactionTest implements TestPropertyProvider {

    @Inject
    Transactions transactions;

    @Inject
    StoreTenantPort tenants;

    @Inject
    TicketStorePort tickets;

    @Inject
    TicketEventPort events;

    @Inject
    SmsQueuePort queue;

    @Inject
    Rows rows;

    Tenant tenant;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @BeforeEach
    void aBusiness() {
        tenant = aTenant().build();
        tenants.create(tenant, TestTimes.MORNING);
    }
}
