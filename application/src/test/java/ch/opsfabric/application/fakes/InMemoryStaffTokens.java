package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.StaffTokenPort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

public final class InMemoryStaffTokens implements StaffTokenPort {

    public record StoredHash(UUID customerId, String tokenHash, Instant issuedAt) {
    }

    private final List<StoredHash> stored = new ArrayList<>();

    @Override
    public void storeHash(UUID customerId, String tokenHash, Instant issuedAt) {
        stored.add(new StoredHash(customerId, tokenHash, issuedAt));
    }

    public List<StoredHash> stored() {
        return List.copyOf(stored);
    }
}
