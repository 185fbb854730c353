package ch.opsfabric.application.port.in;

import java.util.Optional;

/** Tells who holds a staff token; everything the caller does afterwards is scoped to its business. */
public interface AuthenticateStaffUseCase {

    /** @return empty for a missing, unknown or revoked token */
    Optional<Caller> callerFor(String staffToken);
}
