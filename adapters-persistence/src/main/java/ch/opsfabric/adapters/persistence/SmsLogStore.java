package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.SmsLogPort;
import ch.opsfabric.application.port.out.SmsLogEntry;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Singleton
class SmsLogStore implements SmsLogPort {

    private final Sql sql;

    SmsLogStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void record(SmsLogEntry entry) {
        sql.update("""
                        INSERT INTO sms_log (id, customer_id, ticket_id, direction, from_number, to_number, body,
                            provider_id, status, created_at, reply_kind)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                entry.id(), entry.customerId(), entry.ticketId(), entry.direction().name().toLowerCase(Locale.ROOT),
                entry.fromNumber(), entry.toNumber(), entry.body(), entry.providerId(), entry.status(), entry.at(),
                entry.replyKind());
    }

    @Override
    public List<UUID> sendersOf(String providerId) {
        return sql.list("SELECT DISTINCT customer_id FROM sent_sms_owners WHERE provider_id = ?",
                Sql.CUSTOMER_ID, providerId);
    }

    @Override
    public boolean hasInbound(UUID customerId, String providerId) {
        return sql.one("SELECT 1 FROM sms_log WHERE customer_id = ? AND provider_id = ? AND direction = 'inbound'",
                row -> true, customerId, providerId).isPresent();
    }
}
