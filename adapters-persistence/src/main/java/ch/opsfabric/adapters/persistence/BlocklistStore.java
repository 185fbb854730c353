package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.BlocklistPort;
import ch.opsfabric.domain.phone.PhoneNumber;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

@Singleton
class BlocklistStore implements BlocklistPort {

    private final Sql sql;

    BlocklistStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void block(UUID customerId, PhoneNumber number, Instant until, String reason) {
        sql.update("""
                        INSERT INTO blocklist (customer_id, phone, blocked_until, reason) VALUES (?, ?, ?, ?)
                        ON CONFLICT (customer_id, phone)
                        DO UPDATE SET blocked_until = excluded.blocked_until, reason = excluded.reason""",
                customerId, number.e164(), until, reason);
    }

    @Override
    public boolean lift(UUID customerId, PhoneNumber number) {
        return sql.update("DELETE FROM blocklist WHERE customer_id = ? AND phone = ?", customerId, number.e164()) == 1;
    }
}
