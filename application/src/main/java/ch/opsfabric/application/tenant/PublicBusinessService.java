package ch.opsfabric.application.tenant;

import ch.opsfabric.application.port.in.FindPublicBusinessUseCase;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.domain.tenant.Tenant;
import java.util.Optional;

/** Finds the business a public page is about; an inactive business shows no page, as if it did not exist. */
public final class PublicBusinessService implements FindPublicBusinessUseCase {

    private final LoadTenantPort tenants;

    public PublicBusinessService(LoadTenantPort tenants) {
        this.tenants = tenants;
    }

    @Override
    public Optional<Tenant> activeBySlug(String slug) {
        return tenants.bySlug(slug).filter(tenant -> tenant.profile().active());
    }
}
