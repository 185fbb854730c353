package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.UndeliverablePort;
import ch.opsfabric.domain.phone.PhoneNumber;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

@Singleton
class UndeliverableStore implements UndeliverablePort {

    private final Sql sql;

    UndeliverableStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void mark(UUID customerId, PhoneNumber number, String reason, Instant at) {
        sql.update("""
                        INSERT INTO undeliverable_numbers (customer_id, phone, reason, marked_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (customer_id, phone) DO UPDATE SET reason = excluded.reason, marked_at = excluded.marked_at""",
                customerId, number.e164(), reason, at);
    }

    @Override
    public boolean isUndeliverable(UUID customerId, PhoneNumber number) {
        return sql.one("SELECT 1 FROM undeliverable_numbers WHERE customer_id = ? AND phone = ?", row -> true,
                customerId, number.e164()).isPresent();
    }
}
