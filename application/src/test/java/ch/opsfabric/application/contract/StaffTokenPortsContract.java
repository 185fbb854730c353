package ch.opsfabric.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.StaffTokenLookupPort;
import ch.opsfabric.application.port.out.StaffTokenPort;
import ch.opsfabric.application.port.out.TokenHolder;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the staff token stores do, the PostgreSQL stores and the in-memory fake alike: a stored
 * hash leads to the business it was issued for, and nothing else does.
 */
public abstract class StaffTokenPortsContract {

    protected static final Instant ISSUED = Instant.parse("2026-11-24T09:00:00Z");

    protected abstract StaffTokenPort tokens();

    protected abstract StaffTokenLookupPort lookup();

    /** A business the stores may hold tokens for. */
    protected abstract UUID aBusiness();

    @Test
    void a_stored_hash_leads_to_its_business_under_the_provisioning_name() {
        var business = aBusiness();
        var hash = hash();

        tokens().storeHash(business, hash, ISSUED);

        assertThat(lookup().holderOf(hash)).contains(new TokenHolder(business, "provisioning"));
    }

    @Test
    void each_business_is_found_by_its_own_hash_only() {
        var first = aBusiness();
        var second = aBusiness();
        var firstHash = hash();
        var secondHash = hash();
        tokens().storeHash(first, firstHash, ISSUED);
        tokens().storeHash(second, secondHash, ISSUED);

        assertThat(lookup().holderOf(firstHash)).contains(new TokenHolder(first, "provisioning"));
        assertThat(lookup().holderOf(secondHash)).contains(new TokenHolder(second, "provisioning"));
    }

    @Test
    void an_unknown_hash_leads_nowhere() {
        assertThat(lookup().holderOf(hash())).isEmpty();
    }

    /** A SHA-256 hash's shape: 64 hex digits, different each time. */
    private static String hash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }
}
