package ch.opsfabric.application.port.out;

import java.util.Optional;

/** Finds whose staff token this is, by its hash only: the raw token is never stored. */
public interface StaffTokenLookupPort {

    /** The business and name of a token with this SHA-256 hash, unless the token was revoked. */
    Optional<TokenHolder> holderOf(String tokenHash);
}
