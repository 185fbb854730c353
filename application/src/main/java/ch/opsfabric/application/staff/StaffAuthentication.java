package ch.opsfabric.application.staff;

import ch.opsfabric.application.port.in.AuthenticateStaffUseCase;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.StaffTokenLookupPort;
import ch.opsfabric.application.tenant.StaffTokens;
import ch.opsfabric.domain.tenant.Tenant;
import java.util.Optional;

/**
 * Resolves a staff token to its business. Only the token's SHA-256 hash is looked up, so neither
 * the database nor the timing of the lookup tells anything about other tokens.
 */
public final class StaffAuthentication implements AuthenticateStaffUseCase {

    private final StaffTokenLookupPort tokens;
    private final LoadTenantPort tenants;

    public StaffAuthentication(StaffTokenLookupPort tokens, LoadTenantPort tenants) {
        this.tokens = tokens;
        this.tenants = tenants;
    }

    @Override
    public Optional<Tenant> tenantFor(String staffToken) {
        if (staffToken == null || staffToken.isBlank()) {
            return Optional.empty();
        }
        return tokens.tenantFor(StaffTokens.hash(staffToken.strip())).flatMap(tenants::byId);
    }
}
