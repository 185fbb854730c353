package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.tenant.Tenant;

/** @param staffToken the tenant's first staff token, in the clear; it is never retrievable again */
public record ProvisionedTenant(Tenant tenant, String staffToken) {
}
