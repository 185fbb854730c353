package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.tenant.Tenant;
import java.util.Optional;

/** Tells which business a staff token belongs to; everything staff do afterwards is scoped to it. */
public interface AuthenticateStaffUseCase {

    /** @return empty for a missing, unknown or revoked token */
    Optional<Tenant> tenantFor(String staffToken);
}
