package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.EmailPurpose;
import ch.opsfabric.application.port.out.EmailAttachment;
import ch.opsfabric.application.port.out.OutboundEmail;
import ch.opsfabric.application.port.out.EmailDispatchPort;
import ch.opsfabric.application.port.out.EmailQueuePort;
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

/** The {@code outbound_email} table as a leased queue (see {@link LeasedQueue}). */
@Singleton
class EmailOutbox implements EmailQueuePort, EmailDispatchPort {

    private static final Sql.Insert<OutboundEmail> INSERT = new Sql.Insert<>("""
            INSERT INTO outbound_email (id, customer_id, ticket_id, purpose, to_address, subject, body,
                created_at, due_at, reply_to, attachment_name, attachment_type, attachment)""",
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", email -> {
                var attachment = Optional.ofNullable(email.attachment());
                return new Object[] {email.id(), email.customerId(), email.ticketId(), email.purpose().code(),
                    email.to(), email.subject(), email.body(), email.queuedAt(), email.dueAt(), email.replyTo(),
                    attachment.map(EmailAttachment::filename).orElse(null),
                    attachment.map(EmailAttachment::contentType).orElse(null),
                    attachment.map(EmailAttachment::content).orElse(null)};
            });

    private final Sql sql;
    private final LeasedQueue<OutboundEmail> queue;

    /** @param claimLease how long a dispatcher may hold an e-mail before another instance takes it over */
    @ConfigurationProperties("opsfabric.email")
    record Settings(@Bindable(defaultValue = "5m") Duration claimLease) {
    }

    EmailOutbox(Sql sql, Settings settings) {
        this.sql = sql;
        this.queue = new LeasedQueue<>(sql, "outbound_email", "email", EmailOutbox::outboundEmail,
                settings.claimLease());
    }

    @Override
    public void enqueue(OutboundEmail email) {
        enqueueAll(List.of(email));
    }

    @Override
    public void enqueueAll(List<OutboundEmail> emails) {
        sql.insertAllWithNext(INSERT, emails, "queued e-mails");
    }

    @Override
    public List<UUID> tenantsWithDue(Instant now) {
        return queue.tenantsWithDue(now);
    }

    @Override
    public List<OutboundEmail> claimDue(UUID customerId, Instant now, int limit) {
        return queue.claimDue(customerId, now, limit);
    }

    @Override
    public void markSent(UUID emailId, Instant at) {
        queue.markSent(emailId, at);
    }

    @Override
    public void retryAt(UUID emailId, String reason, Instant retryAt) {
        queue.retryAt(emailId, reason, retryAt);
    }

    @Override
    public void markFailed(UUID emailId, String reason, Instant at) {
        queue.markFailed(emailId, reason, at);
    }

    private static OutboundEmail outboundEmail(ResultSet row) throws SQLException {
        return new OutboundEmail(row.getObject("id", UUID.class), row.getObject("customer_id", UUID.class),
                row.getObject("ticket_id", UUID.class), EmailPurpose.fromCode(row.getString("purpose")),
                row.getString("to_address"), row.getString("subject"), row.getString("body"),
                Sql.instant(row, "created_at"), Sql.instant(row, "due_at"), row.getInt("attempts"),
                row.getString("reply_to"), attachment(row));
    }

    private static EmailAttachment attachment(ResultSet row) throws SQLException {
        var name = row.getString("attachment_name");
        return name == null ? null
                : new EmailAttachment(name, row.getString("attachment_type"), row.getBytes("attachment"));
    }
}
