package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.tenant.Tenant;

/**
 * @param staffToken          the tenant's first staff token, in the clear; it is never retrievable again
 * @param ownerInvitationUrl  the owner's link to set a password, shown once (it is also e-mailed)
 */
public record ProvisionedTenant(Tenant tenant, String staffToken, String ownerInvitationUrl) {
}
