package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.SmsDispatchPort;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.port.out.DueSms;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SinceQueued;
import ch.opsfabric.application.port.out.RefusedReason;
import ch.opsfabric.application.port.out.SupersededReason;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.ticket.TicketStatus;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code outbound_sms} table as a leased queue (see {@link LeasedQueue}). A claim also reads,
 * in the same statement, what has happened since each message was queued ({@link SinceQueued}),
 * so checking that a held message still holds costs no round trip of its own. Each fact is looked
 * up only for the purposes it matters to.
 */
@Singleton
class OutboundQueue implements SmsQueuePort, SmsDispatchPort {

    private static final Sql.Insert<OutboundSms> INSERT = new Sql.Insert<>("""
            INSERT INTO outbound_sms (id, customer_id, ticket_id, purpose, to_number, from_number, body, created_at,
                due_at, urgent)""", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", OutboundQueue::values);

    private static final String SINCE_QUEUED = """
            queued.*,
            (SELECT status FROM tickets WHERE id = queued.ticket_id) AS ticket_status,
            (SELECT contact_phone FROM tickets WHERE id = queued.ticket_id) AS ticket_phone,
            CASE WHEN queued.purpose = 'confirmation' THEN EXISTS (
                SELECT 1 FROM ticket_events event
                WHERE event.ticket_id = queued.ticket_id AND event.event_type = 'status_changed'
                  AND event.created_at > queued.created_at
                  AND event.metadata ->> 'by' IS DISTINCT FROM 'customer_reply')
            ELSE false END AS answered_since,
            CASE WHEN queued.purpose = 'appointment' THEN EXISTS (
                SELECT 1 FROM ticket_events event
                WHERE event.ticket_id = queued.ticket_id AND event.event_type = 'appointment_changed'
                  AND event.created_at > queued.created_at)
            ELSE false END AS appointment_changed_since,
            CASE WHEN queued.purpose = 'missed_call' THEN EXISTS (
                SELECT 1 FROM sms_log inbound
                WHERE inbound.customer_id = queued.customer_id AND inbound.direction = 'inbound'
                  AND inbound.from_number = queued.to_number AND inbound.created_at > queued.created_at)
            OR EXISTS (
                SELECT 1 FROM calls answered
                WHERE answered.customer_id = queued.customer_id AND answered.caller_e164 = queued.to_number
                  AND answered.outcome = 'answered' AND answered.created_at > queued.created_at)
            OR EXISTS (
                SELECT 1 FROM tickets written
                WHERE written.customer_id = queued.customer_id AND written.contact_phone = queued.to_number
                  AND written.updated_at > queued.created_at)
            ELSE false END AS caller_in_touch_since""";

    private final Sql sql;
    private final LeasedQueue<DueSms> queue;

    /** @param claimLease {@code OPSFABRIC_SMS_CLAIM_LEASE}: how long a dispatcher may hold a message before another instance takes it over */
    @ConfigurationProperties("opsfabric.sms")
    record Settings(@Bindable(defaultValue = "2m") Duration claimLease) {
    }

    OutboundQueue(Sql sql, Settings settings) {
        this.sql = sql;
        this.queue = new LeasedQueue<>(sql, "outbound_sms", "sms", OutboundQueue::dueSms, SINCE_QUEUED,
                settings.claimLease());
    }

    @Override
    public void enqueue(OutboundSms sms) {
        enqueueAll(List.of(sms));
    }

    @Override
    public void enqueueAll(List<OutboundSms> messages) {
        sql.insertAllWithNext(INSERT, messages, "queued SMS");
    }

    private static Object[] values(OutboundSms sms) {
        return new Object[] {sms.id(), sms.customerId(), sms.ticketId(), sms.purpose().code(), sms.to().e164(),
            sms.sender().map(PhoneNumber::e164).orElse(null), sms.body(), sms.queuedAt(), sms.dueAt(), sms.urgent()};
    }

    /** The unique index {@code outbound_sms_one_urgent_alert_per_ticket} (V23) decides. */
    @Override
    public boolean enqueueOncePerTicket(OutboundSms sms) {
        return sql.update(INSERT.sql(1) + " ON CONFLICT (ticket_id) WHERE purpose = 'urgent_alert' DO NOTHING",
                values(sms)) == 1;
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
    public List<DueSms> claimDue(UUID customerId, Instant now, int limit) {
        return queue.claimDue(customerId, now, limit);
    }

    /**
     * The lock is the tenant's claim lock: taken first, in a statement of its own, so that the count
     * (read committed: a fresh snapshot per statement) sees every claim committed before it, and held
     * until the claim's transaction ends. A lock key two tenants share only makes them wait for each other.
     */
    @Override
    public List<DueSms> claimDueToTheBusiness(UUID customerId, Instant now, int limit) {
        return queue.claimDue(customerId, now, limit, "purpose = '" + SmsPurpose.URGENT_ALERT.code() + "'");
    }

    @Override
    public int sentSince(UUID customerId, Instant since) {
        sql.one("SELECT pg_advisory_xact_lock(hashtextextended('outbound_sms:' || ?::text, 0)) IS NULL AS locked",
                row -> row.getBoolean("locked"), customerId);
        return sql.one("""
                        SELECT count(*) AS counted FROM outbound_sms
                        WHERE customer_id = ? AND purpose <> 'urgent_alert'
                          AND (status = 'sending' OR (status = 'sent' AND sent_at >= ?))""",
                row -> row.getInt("counted"), customerId, since).orElse(0);
    }

    @Override
    public void postpone(UUID smsId, Instant dueAt) {
        sql.update("UPDATE outbound_sms SET status = 'pending', due_at = ?, attempts = attempts - 1 WHERE id = ?",
                dueAt, smsId);
    }

    @Override
    public void markRefused(UUID smsId, RefusedReason reason, Instant at) {
        sql.update("UPDATE outbound_sms SET status = 'refused', refused_at = ?, refused_reason = ? WHERE id = ?",
                at, reason.code(), smsId);
    }

    @Override
    public void markSuperseded(UUID smsId, SupersededReason reason, Instant at) {
        sql.update("UPDATE outbound_sms SET status = 'superseded', superseded_at = ?, superseded_reason = ? WHERE id = ?",
                at, reason.code(), smsId);
    }

    @Override
    public void markSent(UUID smsId, String providerId, Instant at) {
        queue.markSent(smsId, at, "provider_id", providerId);
    }

    @Override
    public void retryAt(UUID smsId, String reason, Instant retryAt) {
        queue.retryAt(smsId, reason, retryAt);
    }

    @Override
    public void markFailed(UUID smsId, String reason, Instant at) {
        queue.markFailed(smsId, reason, at);
    }

    private static DueSms dueSms(ResultSet row) throws SQLException {
        var ticketStatus = row.getString("ticket_status");
        var ticketPhone = row.getString("ticket_phone");
        var ticket = ticketStatus == null ? Optional.<SinceQueued.TicketNow>empty()
                : Optional.of(new SinceQueued.TicketNow(TicketStatus.valueOf(ticketStatus),
                        Optional.ofNullable(ticketPhone).map(PhoneNumber::new)));
        return new DueSms(outboundSms(row), new SinceQueued(ticket, row.getBoolean("answered_since"),
                row.getBoolean("appointment_changed_since"), row.getBoolean("caller_in_touch_since")));
    }

    static OutboundSms outboundSms(ResultSet row) throws SQLException {
        var from = row.getString("from_number");
        return new OutboundSms(row.getObject("id", UUID.class), row.getObject("customer_id", UUID.class),
                row.getObject("ticket_id", UUID.class), SmsPurpose.fromCode(row.getString("purpose")),
                new PhoneNumber(row.getString("to_number")), from == null ? null : new PhoneNumber(from),
                row.getString("body"), Sql.instant(row, "created_at"), Sql.instant(row, "due_at"),
                row.getBoolean("urgent"), row.getInt("attempts"));
    }
}
