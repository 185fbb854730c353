package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.people.StaffMember;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Server-side sessions, kept as hashes of their cookies; every instance reads the same rows. */
public interface SessionsPort {

    void open(UUID customerId, UUID memberId, String tokenHash, String csrfToken, Instant openedAt,
              Instant expiresAt);

    /** The business of a session, found before its tenant is known. */
    Optional<UUID> ownerOf(String tokenHash);

    /** The session while it has not expired and its person is active. */
    Optional<OpenSession> find(UUID customerId, String tokenHash, Instant now);

    void end(UUID customerId, String tokenHash);

    /** Ends every session of this person. */
    void endAllOf(UUID customerId, UUID memberId);

    record OpenSession(StaffMember member, String csrfToken) {
    }
}
