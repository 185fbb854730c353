package ch.opsfabric.domain.review;

import ch.opsfabric.domain.tenant.ReviewSettings;
import static ch.opsfabric.domain.review.NumberHistory.NOTHING_KNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.domain.phone.LibphonenumberPlan;
import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.review.ReviewDecision.Send;
import ch.opsfabric.domain.review.ReviewDecision.Skip;
import ch.opsfabric.domain.review.ReviewDecision.SkipReason;
import ch.opsfabric.domain.review.ReviewDecision.Wait;
import ch.opsfabric.domain.review.ReviewDecision.WaitReason;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.tenant.TenantProfile;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The edges of the review request's timing (docs/domain-rules.md, Review engine); the use-case tests cover each rule
 * in its setting.
 */
class DecidingAReviewRequestTest {

    private static final NumberingPlan NUMBERS = new LibphonenumberPlan();

    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final PhoneNumber MOBILE = new PhoneNumber("+41791234567");

    private final Tenant tenant = tenantWithReviewLink();

    private static Tenant tenantWithReviewLink() {
        var defaults = TenantProfile.withDefaults("Dörfler AG", "doerfler-ag", "info@doerfler.ch");
        var profile = new TenantProfile(defaults.name(), defaults.slug(), null, defaults.email(), null, null, ZURICH,
                null, true, null, null, null, new ReviewSettings("https://g.page/r/doerfler/review", 2), null, null,
                null, null, null);
        return new Tenant(UUID.randomUUID(), profile);
    }

    private FinishedJob jobDoneAt(ZonedDateTime completedAt) {
        return new FinishedJob(UUID.randomUUID(), tenant.id(), Optional.of(MOBILE), completedAt.toInstant());
    }

    @Test
    void the_request_is_due_exactly_when_the_delay_has_run_out() {
        var done = ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, ZURICH);
        var job = jobDoneAt(done);

        assertThat(ReviewRequestPolicy.decide(tenant, job, NOTHING_KNOWN,
                done.plusHours(2).minusSeconds(1).toInstant(), NUMBERS)).isEqualTo(new Wait(WaitReason.NOT_YET_DUE));
        assertThat(ReviewRequestPolicy.decide(tenant, job, NOTHING_KNOWN, done.plusHours(2).toInstant(), NUMBERS))
                .isEqualTo(new Send(MOBILE, done.plusHours(2).toInstant()));
    }

    @Test
    void a_request_falling_into_quiet_hours_goes_out_when_they_end() {
        var done = ZonedDateTime.of(2026, 11, 24, 19, 30, 0, 0, ZURICH);

        var decision = ReviewRequestPolicy.decide(tenant, jobDoneAt(done), NOTHING_KNOWN,
                done.plusHours(2).toInstant(), NUMBERS);

        assertThat(decision).isEqualTo(new Send(MOBILE, ZonedDateTime.of(2026, 11, 25, 7, 0, 0, 0, ZURICH).toInstant()));
    }

    @Test
    void a_request_may_go_out_up_to_seven_days_after_it_was_due_and_not_later() {
        var done = ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, ZURICH);
        var due = done.plusHours(2).toInstant();

        assertThat(ReviewRequestPolicy.decide(tenant, jobDoneAt(done), NOTHING_KNOWN, due.plus(Duration.ofDays(7)), NUMBERS))
                .isInstanceOf(Send.class);
        assertThat(ReviewRequestPolicy.decide(tenant, jobDoneAt(done), NOTHING_KNOWN,
                due.plus(Duration.ofDays(7)).plusSeconds(1), NUMBERS)).isEqualTo(new Skip(SkipReason.TOO_LATE));
    }

    @Test
    void a_business_not_set_up_for_reviews_makes_even_a_late_job_wait_rather_than_skip() {
        var done = ZonedDateTime.of(2026, 11, 1, 10, 0, 0, 0, ZURICH);
        var withoutLink = new Tenant(tenant.id(), TenantProfile.withDefaults("Dörfler AG", "doerfler-ag",
                "info@doerfler.ch"));

        assertThat(ReviewRequestPolicy.decide(withoutLink, jobDoneAt(done), NOTHING_KNOWN,
                done.plusDays(30).toInstant(), NUMBERS)).isEqualTo(new Wait(WaitReason.NO_REVIEW_LINK));
    }
}
