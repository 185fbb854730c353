package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;

import ch.opsfabric.application.contract.UndeliverablePortContract;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.port.out.UndeliverablePort;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.TestInstance;

/** The PostgreSQL store against the contract its in-memory fake is held to as well. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UndeliverableStoreContractTest extends UndeliverablePortContract implements TestPropertyProvider {

    @Inject
    UndeliverablePort store;

    @Inject
    StoreTenantPort tenants;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Override
    protected UndeliverablePort numbers() {
        return store;
    }

    @Override
    protected UUID aBusiness() {
        var tenant = aTenant().build();
        tenants.create(tenant, MORNING);
        return tenant.id();
    }
}
