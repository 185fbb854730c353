package ch.opsfabric.application.port.out;

import java.util.Optional;
import java.util.UUID;

/** Finds whose staff token this is, by its hash only: the raw token is never stored. */
public interface StaffTokenLookupPort {

    /** The tenant that holds a token with this SHA-256 hash, unless the token was revoked. */
    Optional<UUID> tenantFor(String tokenHash);
}
