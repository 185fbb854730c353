package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.ExpiredStreamEventsPort;
import ch.opsfabric.application.port.out.StreamEvent;
import ch.opsfabric.application.port.out.StreamEventsPort;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code stream_events}, which triggers fill from the ticket events at commit (migration V19); the
 * service only reads and expires them.
 */
@Singleton
class StreamEventStore implements StreamEventsPort, ExpiredStreamEventsPort {

    private final Sql sql;

    StreamEventStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<StreamEvent> after(UUID customerId, long sequence, int limit) {
        return sql.list("""
                        SELECT sequence, type, change, message_status, ticket_id, status, urgency, assigned_to,
                               sla_deadline, at
                        FROM stream_events WHERE customer_id = ? AND sequence > ? ORDER BY sequence LIMIT ?""",
                StreamEventStore::event, customerId, sequence, limit);
    }

    @Override
    public long latest(UUID customerId) {
        return sql.one("SELECT last_sequence FROM stream_sequences WHERE customer_id = ?",
                row -> row.getLong("last_sequence"), customerId).orElse(0L);
    }

    @Override
    public List<UUID> tenantsWithEventsBefore(Instant cutoff) {
        return sql.list("SELECT DISTINCT customer_id FROM stream_event_times WHERE at < ?", Sql.CUSTOMER_ID, cutoff);
    }

    @Override
    public int deleteBefore(UUID customerId, Instant cutoff) {
        return sql.update("DELETE FROM stream_events WHERE customer_id = ? AND at < ?", customerId, cutoff);
    }

    private static StreamEvent event(ResultSet row) throws SQLException {
        return new StreamEvent(row.getLong("sequence"), row.getString("type"), row.getString("change"),
                row.getString("message_status"), row.getObject("ticket_id", UUID.class), row.getString("status"),
                row.getString("urgency"), row.getObject("assigned_to", UUID.class), Sql.instant(row, "sla_deadline"),
                Sql.instant(row, "at"));
    }
}
