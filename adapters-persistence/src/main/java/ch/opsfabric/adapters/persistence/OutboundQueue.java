package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.SmsDispatchPort;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.sms.OutboundSms;
import ch.opsfabric.application.sms.SmsPurpose;
import ch.opsfabric.domain.phone.PhoneNumber;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The {@code outbound_sms} table as a leased queue (see {@link LeasedQueue}). */
@Singleton
class OutboundQueue implements SmsQueuePort, SmsDispatchPort {

    private final Sql sql;
    private final LeasedQueue<OutboundSms> queue;

    OutboundQueue(Sql sql, @Value("${opsfabric.sms.claim-lease:2m}") Duration lease) {
        this.sql = sql;
        this.queue = new LeasedQueue<>(sql, "outbound_sms", "sms", OutboundQueue::outboundSms, lease);
    }

    @Override
    public void enqueue(OutboundSms sms) {
        sql.update("""
                        INSERT INTO outbound_sms (id, customer_id, ticket_id, purpose, to_number, from_number, body,
                            created_at, due_at, urgent)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                sms.id(), sms.customerId(), sms.ticketId(), sms.purpose().code(), sms.to().e164(),
                sms.sender().map(PhoneNumber::e164).orElse(null), sms.body(), sms.queuedAt(), sms.dueAt(),
                sms.urgent());
    }

    @Override
    public List<QueuedText> queuedFor(UUID ticketId, SmsPurpose purpose) {
        return sql.list("""
                        SELECT coalesce(sent_at, due_at) AS goes_out_at, body FROM outbound_sms
                        WHERE ticket_id = ? AND purpose = ? AND status IN ('pending', 'sending', 'sent')
                        ORDER BY created_at""",
                row -> new QueuedText(Sql.instant(row, "goes_out_at"), row.getString("body")),
                ticketId, purpose.code());
    }

    @Override
    public int cancelPending(UUID customerId, PhoneNumber to, SmsPurpose purpose) {
        return sql.update("UPDATE outbound_sms SET status = 'cancelled' "
                        + "WHERE customer_id = ? AND to_number = ? AND purpose = ? AND status = 'pending'",
                customerId, to.e164(), purpose.code());
    }

    @Override
    public List<UUID> tenantsWithDue(Instant now) {
        return queue.tenantsWithDue(now);
    }

    @Override
    public List<OutboundSms> claimDue(UUID customerId, Instant now, int limit) {
        return queue.claimDue(customerId, now, limit);
    }

    @Override
    public void markSent(UUID smsId, String providerId, Instant at) {
        queue.markSent(smsId, at);
        sql.update("UPDATE outbound_sms SET provider_id = ? WHERE id = ?", providerId, smsId);
    }

    @Override
    public void retryAt(UUID smsId, String reason, Instant retryAt) {
        queue.retryAt(smsId, reason, retryAt);
    }

    @Override
    public void markFailed(UUID smsId, String reason, Instant at) {
        queue.markFailed(smsId, reason, at);
    }

    private static OutboundSms outboundSms(ResultSet row) throws SQLException {
        var from = row.getString("from_number");
        return new OutboundSms(row.getObject("id", UUID.class), row.getObject("customer_id", UUID.class),
                row.getObject("ticket_id", UUID.class), SmsPurpose.fromCode(row.getString("purpose")),
                new PhoneNumber(row.getString("to_number")), from == null ? null : new PhoneNumber(from),
                row.getString("body"), Sql.instant(row, "created_at"), Sql.instant(row, "due_at"),
                row.getBoolean("urgent"), row.getInt("attempts"));
    }
}
