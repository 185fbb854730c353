package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.StaffTokenLookupPort;
import ch.opsfabric.application.port.out.TokenHolder;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/** {@code staff_tokens} read by hash; a revoked token no longer opens anything. */
@Singleton
class StaffTokenLookup implements StaffTokenLookupPort {

    private final Sql sql;

    StaffTokenLookup(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<TokenHolder> holderOf(String tokenHash) {
        return sql.one("SELECT customer_id, name FROM staff_token_owners WHERE token_hash = ?",
                row -> new TokenHolder(row.getObject("customer_id", UUID.class), row.getString("name")), tokenHash);
    }
}
