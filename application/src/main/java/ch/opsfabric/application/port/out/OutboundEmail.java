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
 * @param replyTo    where an answer should go; null for the sender's address
 * @param attachment the one file it carries; null for none
 */
public record OutboundEmail(UUID id, UUID customerId, UUID ticketId, EmailPurpose purpose, String to, String subject,
                            String body, Instant queuedAt, Instant dueAt, int attempts, String replyTo,
                            EmailAttachment attachment) {

    /** An e-mail without a file whose answer goes to the sender's address. */
    public OutboundEmail(UUID id, UUID customerId, UUID ticketId, EmailPurpose purpose, String to, String subject,
                         String body, Instant queuedAt, Instant dueAt, int attempts) {
        this(id, customerId, ticketId, purpose, to, subject, body, queuedAt, dueAt, attempts, null, null);
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
