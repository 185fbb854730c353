package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One SMS in the durable outbound queue.
 *
 * @param ticketId the ticket it belongs to, null for messages outside a ticket
 * @param from     the tenant's sending number, null when the provider's default sender is used
 * @param queuedAt when the change that caused it happened
 * @param dueAt    when it may go out at the earliest
 * @param urgent   whether it may go out during the tenant's quiet hours (a HIGH request's SMS), retries
 *                 included
 * @param attempts how many times delivery was started, counting the current one
 */
public record OutboundSms(UUID id, UUID customerId, UUID ticketId, SmsPurpose purpose, PhoneNumber to,
                          PhoneNumber from, String body, Instant queuedAt, Instant dueAt, boolean urgent,
                          int attempts) {

    public OutboundSms {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(queuedAt, "queuedAt");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    public Optional<UUID> ticket() {
        return Optional.ofNullable(ticketId);
    }

    public Optional<PhoneNumber> sender() {
        return Optional.ofNullable(from);
    }
}
