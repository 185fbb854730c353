package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Tenant;
import java.util.Optional;
import java.util.UUID;

public interface LoadTenantPort {

    Optional<Tenant> bySlug(String slug);

    Optional<Tenant> byId(UUID id);

    /** The tenant whose SMS number (the number customers call and text) this is. */
    Optional<Tenant> bySmsNumber(PhoneNumber number);
}
