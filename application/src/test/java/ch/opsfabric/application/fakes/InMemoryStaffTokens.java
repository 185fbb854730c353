package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.StaffTokenLookupPort;
import ch.opsfabric.application.port.out.StaffTokenPort;
import ch.opsfabric.application.port.out.TokenHolder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Staff tokens in memory, only ever as hashes, found by their hash as the store finds them. */
public final class InMemoryStaffTokens implements StaffTokenPort, StaffTokenLookupPort {

    public record StoredHash(UUID customerId, String tokenHash, Instant issuedAt) {
    }

    private final List<StoredHash> stored = new ArrayList<>();

    @Override
    public void storeHash(UUID customerId, String tokenHash, Instant issuedAt) {
        stored.add(new StoredHash(customerId, tokenHash, issuedAt));
    }

    @Override
    public Optional<TokenHolder> holderOf(String tokenHash) {
        return stored.stream().filter(hash -> hash.tokenHash().equals(tokenHash))
                .map(hash -> new TokenHolder(hash.customerId(), "provisioning")).findFirst();
    }

    public List<StoredHash> stored() {
        return List.copyOf(stored);
    }
}
