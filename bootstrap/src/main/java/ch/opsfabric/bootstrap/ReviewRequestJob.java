package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.in.SendDueReviewRequestsUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due review requests every minute, so no external cron is needed (the cron endpoint stays
 * for schedulers that want to trigger it). Runs on every instance; the engine's claims keep two
 * instances from asking for the same review, and what a failed run left undone the next one does.
 */
@Singleton
@Requires(property = "opsfabric.review.requests.enabled", notEquals = "false")
class ReviewRequestJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewRequestJob.class);

    private final SendDueReviewRequestsUseCase reviewRequests;

    ReviewRequestJob(SendDueReviewRequestsUseCase reviewRequests) {
        this.reviewRequests = reviewRequests;
    }

    @Scheduled(fixedDelay = "${opsfabric.review.requests.interval:1m}", initialDelay = "15s")
    void sendDue() {
        try {
            var run = reviewRequests.sendDue();
            if (run.queued() > 0 || run.skipped() > 0) {
                LOG.info("review requests: {} queued, {} skipped for good", run.queued(), run.skipped());
            }
        } catch (RuntimeException failure) {
            // Usually the database is briefly away; nothing was half-written and the next tick tries again.
            LOG.warn("review requests interrupted: {}", failure.toString());
        }
    }
}
