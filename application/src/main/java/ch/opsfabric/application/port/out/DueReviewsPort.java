package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.review.FinishedJob;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Finished jobs whose review request is still undecided (neither requested nor skipped) and whose
 * business's review delay has run out as of {@code now}.
 */
public interface DueReviewsPort {

    /** The businesses with at least one such job. */
    List<UUID> tenantsWithDue(Instant now);

    /**
     * Locks up to {@code limit} such jobs of one business until the surrounding transaction ends,
     * oldest first. Jobs another transaction holds are passed over, never waited for, so
     * concurrent callers get disjoint jobs.
     */
    List<FinishedJob> claimDue(UUID customerId, Instant now, int limit);
}
