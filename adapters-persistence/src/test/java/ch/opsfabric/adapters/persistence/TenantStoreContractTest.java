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

/** The PostgreSQL store itself, without the directory's cache, against the contract its in-memory fake is held to as well. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantStoreContractTest extends TenantPortsContract implements TestPropertyProvider {

    @Inject
    TenantStore store;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Override
    protected LoadTenantPort load() {
        return store;
    }

    @Override
    protected StoreTenantPort store() {
        return store;
    }
}
