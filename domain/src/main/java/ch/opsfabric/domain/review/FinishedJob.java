package ch.opsfabric.domain.review;

import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A ticket whose job is done, as far as asking its customer for a review needs it.
 *
 * @param completedAt when the ticket reached {@code DONE} ({@code job_completed_at})
 */
public record FinishedJob(UUID ticketId, UUID customerId, Optional<PhoneNumber> phone, Instant completedAt) {

    public FinishedJob {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(completedAt, "completedAt");
        phone = phone == null ? Optional.empty() : phone;
    }
}
