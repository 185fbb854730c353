package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.tenant.Tenant;
import java.time.Instant;

/**
 * Writes tenants. Slug and SMS number are unique across tenants: a clash is reported as
 * {@link ch.opsfabric.application.port.Conflict} naming the field.
 */
public interface StoreTenantPort {

    void create(Tenant tenant, Instant onboardedAt);

    /** @param changedAt when the change is made: a tenant switched inactive is remembered as lost then */
    void update(Tenant tenant, Instant changedAt);
}
