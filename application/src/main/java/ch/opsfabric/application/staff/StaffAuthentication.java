package ch.opsfabric.application.staff;

import ch.opsfabric.application.port.in.AuthenticateStaffUseCase;
import ch.opsfabric.application.port.in.Caller;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.StaffTokenLookupPort;
import ch.opsfabric.application.tenant.StaffTokens;
import ch.opsfabric.domain.ticket.Actor;
import java.util.Optional;

/**
 * Resolves a staff token to its business and its name. Only the token's SHA-256 hash is looked up, so neither
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
    public Optional<Caller> callerFor(String staffToken) {
        if (staffToken == null || staffToken.isBlank()) {
            return Optional.empty();
        }
        return tokens.holderOf(StaffTokens.hash(staffToken.strip())).flatMap(holder -> tenants.byId(holder.customerId())
                .map(tenant -> new Caller(tenant, Actor.token(holder.name()))));
    }
}
