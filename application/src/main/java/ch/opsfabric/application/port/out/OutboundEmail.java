package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One e-mail in the durable outbound queue, written in the transaction of the change it reports,
 * so a mail server that is down delays it and never fails or loses the request behind it.
 *
 * @param ticketId null for e-mails about no ticket
 * @param attempts how many times delivery was started, counting the current one
 * @param replyTo  where an answer should go; null for the sender's address
 */
public record OutboundEmail(UUID id, UUID customerId, UUID ticketId, EmailPurpose purpose, String to, String subject,
                            String body, Instant queuedAt, Instant dueAt, int attempts, String replyTo) {

    /** An e-mail whose answer goes to the sender's address. */
    public OutboundEmail(UUID id, UUID customerId, UUID ticketId, EmailPurpose purpose, String to, String subject,
                         String body, Instant queuedAt, Instant dueAt, int attempts) {
        this(id, customerId, ticketId, purpose, to, subject, body, queuedAt, dueAt, attempts, null);
    }

    public OutboundEmail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(queuedAt, "queuedAt");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
