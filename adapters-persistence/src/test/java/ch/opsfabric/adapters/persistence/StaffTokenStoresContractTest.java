package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;

import ch.opsfabric.application.contract.StaffTokenPortsContract;
import ch.opsfabric.application.port.out.StaffTokenLookupPort;
import ch.opsfabric.application.port.out.StaffTokenPort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.TestInstance;

/** The PostgreSQL token stores against the contract their in-memory fake is held to as well. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffTokenStoresContractTest extends StaffTokenPortsContract implements TestPropertyProvider {

    @Inject
    StaffTokenPort tokens;

    @Inject
    StaffTokenLookupPort lookup;

    @Inject
    StoreTenantPort tenants;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Override
    protected StaffTokenPort tokens() {
        return tokens;
    }

    @Override
    protected StaffTokenLookupPort lookup() {
        return lookup;
    }

    @Override
    protected UUID aBusiness() {
        var tenant = aTenant().build();
        tenants.create(tenant, MORNING);
        return tenant.id();
    }
}
