package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.contract.TenantPortsContract;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/**
 * The tenant directory the service is wired with (the store behind its cache) against the contract
 * its in-memory fake is held to as well.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantDirectoryContractTest extends TenantPortsContract implements TestPropertyProvider {

    @Inject
    LoadTenantPort load;

    @Inject
    StoreTenantPort store;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Override
    protected LoadTenantPort load() {
        return load;
    }

    @Override
    protected StoreTenantPort store() {
        return store;
    }
}
