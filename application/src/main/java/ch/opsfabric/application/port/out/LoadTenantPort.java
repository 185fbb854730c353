package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.tenant.Tenant;
import java.util.Optional;
import java.util.UUID;

public interface LoadTenantPort {

    Optional<Tenant> bySlug(String slug);

    Optional<Tenant> byId(UUID id);
}
