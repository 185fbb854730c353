package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.tenant.Tenant;
import java.time.Instant;

/**
 * Writes tenants. Slug and SMS number are unique across tenants: a clash is reported as
 * {@link ch.opsfabric.application.Conflict} naming the field.
 */
public interface StoreTenantPort {

    void create(Tenant tenant, Instant onboardedAt);

    void update(Tenant tenant);
}
