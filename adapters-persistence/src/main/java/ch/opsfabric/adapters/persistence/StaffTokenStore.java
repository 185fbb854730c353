package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.ApiTokensPort;
import ch.opsfabric.application.port.out.StaffTokenPort;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Singleton
class StaffTokenStore implements StaffTokenPort, ApiTokensPort {

    private static final Map<String, String> UNIQUE_FIELDS = Map.of("staff_tokens_active_name", "name");

    private final Sql sql;

    StaffTokenStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void storeHash(UUID customerId, String tokenHash, Instant issuedAt) {
        sql.update("INSERT INTO staff_tokens (token_hash, customer_id, created_at) VALUES (?, ?, ?)",
                tokenHash, customerId, issuedAt);
    }

    @Override
    public void store(UUID customerId, UUID tokenId, String name, String tokenHash, Instant issuedAt) {
        try {
            sql.update("INSERT INTO staff_tokens (id, token_hash, customer_id, name, created_at) VALUES (?, ?, ?, ?, ?)",
                    tokenId, tokenHash, customerId, name, issuedAt);
        } catch (RuntimeException failure) {
            throw UniqueViolations.translate(failure, UNIQUE_FIELDS);
        }
    }

    @Override
    public List<StoredToken> active(UUID customerId) {
        return sql.list("SELECT id, name, created_at FROM staff_tokens WHERE customer_id = ? AND revoked_at IS NULL "
                        + "ORDER BY created_at, name",
                row -> new StoredToken(row.getObject("id", UUID.class), row.getString("name"),
                        Sql.instant(row, "created_at")), customerId);
    }

    @Override
    public boolean revoke(UUID customerId, UUID tokenId, Instant at) {
        return sql.update("UPDATE staff_tokens SET revoked_at = ? WHERE customer_id = ? AND id = ? "
                + "AND revoked_at IS NULL", at, customerId, tokenId) == 1;
    }
}
