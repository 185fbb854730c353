package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A business's named API tokens, by id; the secrets are only ever stored as hashes. */
public interface ApiTokensPort {

    void store(UUID customerId, UUID tokenId, String name, String tokenHash, Instant issuedAt);

    /** The tokens not revoked, oldest first. */
    List<StoredToken> active(UUID customerId);

    /** @return false when there is no such unrevoked token at this business */
    boolean revoke(UUID customerId, UUID tokenId, Instant at);

    record StoredToken(UUID id, String name, Instant createdAt) {
    }
}
