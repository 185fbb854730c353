package ch.opsfabric.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.DueReviewsPort;
import ch.opsfabric.application.port.out.ReviewClicksPort;
import ch.opsfabric.application.port.out.ReviewClicksPort.SentReviewLink;
import ch.opsfabric.application.port.out.ReviewOutcomePort;
import ch.opsfabric.domain.review.FinishedJob;
import ch.opsfabric.domain.review.ReviewDecision.SkipReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the review engine's stores do, the PostgreSQL stores and the in-memory fake alike: a
 * finished job is due once its business's review delay has passed, is claimed oldest first, gets
 * one outcome only, and the link of a requested review is found by its token and counts its first
 * click only.
 */
public abstract class ReviewPortsContract {

    /** A Tuesday morning in Zurich, far from quiet hours. */
    protected static final Instant MORNING = Instant.parse("2026-11-24T09:00:00Z");
    private static final Duration DELAY = Duration.ofHours(2);

    protected abstract DueReviewsPort due();

    protected abstract ReviewOutcomePort outcomes();

    protected abstract ReviewClicksPort clicks();

    /** A business with the default review delay of 2 hours and no finished jobs. */
    protected abstract UUID aBusiness();

    /** A job of {@code business} that was finished (its ticket moved to DONE) at {@code completedAt}. */
    protected abstract FinishedJob aJobDone(UUID business, Instant completedAt);

    /** Runs {@code work} as the service does: in a transaction for {@code business}. */
    protected abstract <T> T forBusiness(UUID business, Supplier<T> work);

    private UUID business;

    @BeforeEach
    void aBusinessWithoutFinishedJobs() {
        business = aBusiness();
    }

    @Test
    void a_finished_job_is_due_once_the_review_delay_has_passed() {
        var job = aJobDone(business, MORNING);

        assertThat(due().tenantsWithDue(MORNING.plus(DELAY).minusSeconds(1))).doesNotContain(business);
        assertThat(claim(MORNING.plus(DELAY).minusSeconds(1), 10)).isEmpty();
        assertThat(due().tenantsWithDue(MORNING.plus(DELAY))).contains(business);
        assertThat(claim(MORNING.plus(DELAY), 10)).extracting(FinishedJob::ticketId).containsExactly(job.ticketId());
    }

    @Test
    void a_claim_takes_the_business_own_jobs_oldest_first_up_to_the_limit() {
        var later = aJobDone(business, MORNING.minusSeconds(60));
        var earliest = aJobDone(business, MORNING.minusSeconds(120));
        aJobDone(business, MORNING);
        aJobDone(aBusiness(), MORNING.minusSeconds(600));

        assertThat(claim(MORNING.plus(Duration.ofDays(1)), 2)).extracting(FinishedJob::ticketId)
                .containsExactly(earliest.ticketId(), later.ticketId());
    }

    @Test
    void a_job_gets_one_outcome_only_and_is_then_no_longer_due() {
        var job = aJobDone(business, MORNING);

        assertThat(forBusiness(business, () -> outcomes().markRequested(business, job.ticketId(), "tok-1",
                MORNING.plus(DELAY)))).isTrue();
        assertThat(forBusiness(business, () -> outcomes().markRequested(business, job.ticketId(), "tok-2",
                MORNING.plus(DELAY)))).isFalse();
        assertThat(forBusiness(business, () -> outcomes().markSkipped(business, job.ticketId(),
                SkipReason.OPTED_OUT))).isFalse();
        assertThat(claim(MORNING.plus(Duration.ofDays(1)), 10)).isEmpty();
    }

    @Test
    void a_skipped_job_is_no_longer_due_and_gets_no_request() {
        var job = aJobDone(business, MORNING);

        assertThat(forBusiness(business, () -> outcomes().markSkipped(business, job.ticketId(),
                SkipReason.OPTED_OUT))).isTrue();

        assertThat(claim(MORNING.plus(Duration.ofDays(1)), 10)).isEmpty();
        assertThat(forBusiness(business, () -> outcomes().markRequested(business, job.ticketId(), "tok-1",
                MORNING.plus(DELAY)))).isFalse();
    }

    @Test
    void the_link_of_a_requested_review_is_found_by_its_token() {
        var job = aJobDone(business, MORNING);
        var token = "tok-" + UUID.randomUUID();
        forBusiness(business, () -> outcomes().markRequested(business, job.ticketId(), token, MORNING.plus(DELAY)));

        assertThat(clicks().byToken(token)).contains(new SentReviewLink(business, job.ticketId()));
        assertThat(clicks().byToken("tok-unknown")).isEmpty();
    }

    @Test
    void only_the_first_click_on_a_link_counts() {
        var job = aJobDone(business, MORNING);
        forBusiness(business, () -> outcomes().markRequested(business, job.ticketId(), "tok-" + UUID.randomUUID(),
                MORNING.plus(DELAY)));

        assertThat(forBusiness(business, () -> clicks().markClicked(business, job.ticketId()))).isTrue();
        assertThat(forBusiness(business, () -> clicks().markClicked(business, job.ticketId()))).isFalse();
    }

    private List<FinishedJob> claim(Instant now, int limit) {
        return forBusiness(business, () -> due().claimDue(business, now, limit));
    }
}
