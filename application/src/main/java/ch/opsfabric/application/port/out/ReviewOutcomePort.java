package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.review.ReviewDecision.SkipReason;
import java.time.Instant;
import java.util.UUID;

/** Records what became of a finished job's review request; every job gets at most one outcome. */
public interface ReviewOutcomePort {

    /**
     * @param token  the secret of the tracking link the SMS carries
     * @param sendAt when the SMS leaves the queue ({@code review_request_sent_at})
     * @return false when the job already has an outcome, in which case nothing changed
     */
    boolean markRequested(UUID customerId, UUID ticketId, String token, Instant sendAt);

    /** @return false when the job already has an outcome, in which case nothing changed */
    boolean markSkipped(UUID customerId, UUID ticketId, SkipReason reason);
}
