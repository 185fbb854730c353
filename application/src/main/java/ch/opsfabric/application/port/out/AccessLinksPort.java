package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.people.AccessLinkPurpose;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One-time links to set a password, kept only as hashes of their tokens. */
public interface AccessLinksPort {

    /** Stores a link; earlier links of this purpose for this person stop working. */
    void issue(UUID customerId, UUID memberId, AccessLinkPurpose purpose, String tokenHash, Instant issuedAt);

    /** The business of an unused link, found before its tenant is known. */
    Optional<UUID> ownerOf(String tokenHash);

    /** The unused link, locked until the transaction ends so it is used once. */
    Optional<AccessLink> findForUpdate(UUID customerId, String tokenHash);

    void markUsed(UUID customerId, String tokenHash, Instant at);

    record AccessLink(UUID memberId, AccessLinkPurpose purpose, Instant expiresAt, Instant usedAt) {
    }
}
