package ch.opsfabric.application.contract;

import ch.opsfabric.application.fakes.InMemoryTenants;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.StoreTenantPort;

/** The fake the use-case tests run on keeps the same promises as the PostgreSQL store. */
class InMemoryTenantsTest extends TenantPortsContract {

    private final InMemoryTenants tenants = new InMemoryTenants();

    @Override
    protected LoadTenantPort load() {
        return tenants;
    }

    @Override
    protected StoreTenantPort store() {
        return tenants;
    }
}
