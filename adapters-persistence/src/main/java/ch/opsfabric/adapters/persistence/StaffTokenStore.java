package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.StaffTokenPort;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

@Singleton
class StaffTokenStore implements StaffTokenPort {

    private final Sql sql;

    StaffTokenStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void storeHash(UUID customerId, String tokenHash, Instant issuedAt) {
        sql.update("INSERT INTO staff_tokens (token_hash, customer_id, created_at) VALUES (?, ?, ?)",
                tokenHash, customerId, issuedAt);
    }
}
