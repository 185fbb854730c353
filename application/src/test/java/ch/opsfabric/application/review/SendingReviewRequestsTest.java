package ch.opsfabric.application.review;

import static ch.opsfabric.application.review.BusinessFixture.aBusiness;
import static ch.opsfabric.application.review.ReviewWorld.zurich;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.ReviewRun;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.domain.review.ReviewDecision.SkipReason;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.ticket.EventType;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The review engine's rules (docs/domain-rules.md, Review engine), one per test, over in-memory ports. */
class SendingReviewRequestsTest {

    private final ReviewWorld world = new ReviewWorld();

    @Test
    void a_finished_job_gets_its_review_sms_once_the_delay_has_run_out() {
        var job = world.jobDone(world.business(), zurich(24, 10, 0));
        world.clock.set(zurich(24, 12, 0));

        var run = world.engine.sendDue();

        assertThat(run).isEqualTo(new ReviewRun(1, 0));
        OutboundSms sms = world.outbox.messages().getFirst();
        assertThat(sms.purpose()).isEqualTo(SmsPurpose.REVIEW_REQUEST);
        assertThat(sms.ticketId()).isEqualTo(job.ticketId());
        assertThat(sms.to().e164()).isEqualTo(ReviewWorld.MOBILE);
        assertThat(sms.from().e164()).isEqualTo("+41435000001");
        assertThat(sms.dueAt()).isEqualTo(zurich(24, 12, 0).toInstant());
        assertThat(world.jobs.row(job.ticketId()).requestedFor).isEqualTo(zurich(24, 12, 0).toInstant());
        assertThat(world.events.eventsOf(job.ticketId(), EventType.REVIEW_REQUESTED)).hasSize(1);
    }

    @Test
    void nothing_is_sent_before_the_delay_has_run_out() {
        var job = world.jobDone(world.business(), zurich(24, 10, 0));
        world.clock.set(zurich(24, 11, 59));

        assertThat(world.engine.sendDue()).isEqualTo(ReviewRun.NOTHING);

        assertThat(world.outbox.messages()).isEmpty();
        assertThat(world.jobs.row(job.ticketId()).undecided()).isTrue();
    }

    @Test
    void the_delay_is_the_businesses_own() {
        world.jobDone(world.business(aBusiness().withReviewDelayHours(24)), zurich(24, 10, 0));

        world.clock.set(zurich(25, 9, 59));
        assertThat(world.engine.sendDue().queued()).isZero();
        world.clock.set(zurich(25, 10, 0));
        assertThat(world.engine.sendDue().queued()).isEqualTo(1);
    }

    @Test
    void a_business_without_a_google_review_link_sends_no_review_sms() {
        var job = world.jobDone(world.business(aBusiness().withoutReviewLink()), zurich(24, 10, 0));
        world.clock.set(zurich(24, 13, 0));

        assertThat(world.engine.sendDue()).isEqualTo(ReviewRun.NOTHING);

        assertThat(world.outbox.messages()).isEmpty();
        assertThat(world.jobs.row(job.ticketId()).undecided()).isTrue();
    }

    @Test
    void a_job_that_waited_for_the_review_link_is_asked_once_the_business_sets_it() {
        var withoutLink = world.business(aBusiness().withoutReviewLink());
        var job = world.jobDone(withoutLink, zurich(24, 10, 0));
        world.clock.set(zurich(24, 13, 0));
        world.engine.sendDue();

        world.tenants.with(aBusiness().withId(withoutLink.id()).build());
        world.clock.set(zurich(26, 9, 0));

        assertThat(world.engine.sendDue().queued()).isEqualTo(1);
        assertThat(world.outbox.messages().getFirst().ticketId()).isEqualTo(job.ticketId());
    }

    @Test
    void a_job_due_more_than_a_week_before_the_link_was_set_is_never_asked() {
        var withoutLink = world.business(aBusiness().withoutReviewLink());
        var job = world.jobDone(withoutLink, zurich(10, 10, 0));
        world.clock.set(zurich(24, 10, 0));
        world.tenants.with(aBusiness().withId(withoutLink.id()).build());

        assertThat(world.engine.sendDue()).isEqualTo(new ReviewRun(0, 1));

        assertThat(world.outbox.messages()).isEmpty();
        assertThat(world.jobs.row(job.ticketId()).skipped).isEqualTo(SkipReason.TOO_LATE);
    }

    @Test
    void with_the_review_engine_module_off_no_review_sms_goes_out() {
        var job = world.jobDone(world.business(aBusiness().withModuleOff(Module.REVIEW_ENGINE)), zurich(24, 10, 0));
        world.clock.set(zurich(24, 13, 0));

        assertThat(world.engine.sendDue()).isEqualTo(ReviewRun.NOTHING);

        assertThat(world.outbox.messages()).isEmpty();
        assertThat(world.jobs.row(job.ticketId()).undecided()).isTrue();
    }

    @Test
    void with_the_sms_module_off_no_review_sms_goes_out() {
        world.jobDone(world.business(aBusiness().withModuleOff(Module.SMS)), zurich(24, 10, 0));
        world.clock.set(zurich(24, 13, 0));

        assertThat(world.engine.sendDue()).isEqualTo(ReviewRun.NOTHING);

        assertThat(world.outbox.messages()).isEmpty();
    }

    @Test
    void an_inactive_business_sends_no_review_sms() {
        world.jobDone(world.business(aBusiness().inactive()), zurich(24, 10, 0));
        world.clock.set(zurich(24, 13, 0));

        assertThat(world.engine.sendDue()).isEqualTo(ReviewRun.NOTHING);

        assertThat(world.outbox.messages()).isEmpty();
    }

    @Test
    void a_job_without_a_contact_phone_gets_no_review_sms_and_is_not_looked_at_again() {
        var job = world.jobDone(world.business(), null, zurich(24, 10, 0));
        world.clock.set(zurich(24, 13, 0));

        assertThat(world.engine.sendDue()).isEqualTo(new ReviewRun(0, 1));
        assertThat(world.engine.sendDue()).isEqualTo(ReviewRun.NOTHING);

        assertThat(world.outbox.messages()).isEmpty();
        assertThat(world.jobs.row(job.ticketId()).skipped).isEqualTo(SkipReason.NO_PHONE);
    }

    @Test
    void a_landline_contact_gets_no_review_sms() {
        var job = world.jobDone(world.business(), "044 443 52 99", zurich(24, 10, 0));
        world.clock.set(zurich(24, 13, 0));

        world.engine.sendDue();

        assertThat(world.outbox.messages()).isEmpty();
        assertThat(world.jobs.row(job.ticketId()).skipped).isEqualTo(SkipReason.CANNOT_RECEIVE_SMS);
    }

    @Test
    void an_opted_out_contact_gets_no_review_sms() {
        var business = world.business();
        var job = world.jobDone(business, zurich(24, 10, 0));
        world.optOuts.optOut(business.id(), job.phone().orElseThrow(), zurich(24, 9, 0).toInstant());
        world.clock.set(zurich(24, 13, 0));

        world.engine.sendDue();

        assertThat(world.outbox.messages()).isEmpty();
        assertThat(world.jobs.row(job.ticketId()).skipped).isEqualTo(SkipReason.OPTED_OUT);
    }

    @Test
    void a_number_the_provider_refused_before_gets_no_review_sms() {
        var business = world.business();
        var job = world.jobDone(business, zurich(24, 10, 0));
        world.undeliverable.mark(business.id(), job.phone().orElseThrow(), "INVALID_NUMBER",
                zurich(24, 9, 0).toInstant());
        world.clock.set(zurich(24, 13, 0));

        assertThat(world.engine.sendDue()).isEqualTo(new ReviewRun(0, 1));

        assertThat(world.outbox.messages()).isEmpty();
        assertThat(world.jobs.row(job.ticketId()).skipped).isEqualTo(SkipReason.CANNOT_RECEIVE_SMS);
    }

    @Test
    void a_number_refused_to_another_business_still_gets_its_review_sms() {
        var business = world.business();
        var job = world.jobDone(business, zurich(24, 10, 0));
        world.undeliverable.mark(UUID.randomUUID(), job.phone().orElseThrow(), "LANDLINE",
                zurich(24, 9, 0).toInstant());
        world.clock.set(zurich(24, 13, 0));

        assertThat(world.engine.sendDue().queued()).isEqualTo(1);
    }

    @Test
    void the_number_is_looked_up_in_its_business_transaction() {
        var first = world.business();
        var second = world.business(aBusiness());
        world.jobDone(first, zurich(24, 10, 0));
        world.jobDone(second, zurich(24, 10, 0));
        world.clock.set(zurich(24, 13, 0));

        assertThat(world.engine.sendDue().queued()).isEqualTo(2);

        assertThat(world.undeliverable.lookupsOutsideTransactions()).isEmpty();
    }

    @Test
    void a_review_due_in_quiet_hours_is_queued_for_their_end() {
        var job = world.jobDone(world.business(), zurich(24, 19, 30));
        world.clock.set(zurich(24, 21, 30));

        assertThat(world.engine.sendDue().queued()).isEqualTo(1);

        var sevenInTheMorning = zurich(25, 7, 0).toInstant();
        assertThat(world.outbox.messages().getFirst().dueAt()).isEqualTo(sevenInTheMorning);
        assertThat(world.jobs.row(job.ticketId()).requestedFor).isEqualTo(sevenInTheMorning);
    }

    @Test
    void a_review_sms_is_not_urgent_so_its_retries_wait_out_quiet_hours_too() {
        world.jobDone(world.business(), zurich(24, 10, 0));
        world.clock.set(zurich(24, 12, 0));

        world.engine.sendDue();

        assertThat(world.outbox.messages().getFirst().urgent()).isFalse();
    }

    @Test
    void a_job_is_asked_only_once_however_often_the_engine_runs() {
        var job = world.jobDone(world.business(), zurich(24, 10, 0));
        world.clock.set(zurich(24, 12, 0));

        world.engine.sendDue();
        world.clock.advance(Duration.ofMinutes(1));
        var second = world.engine.sendDue();
        world.clock.advance(Duration.ofDays(1));
        var third = world.engine.sendDue();

        assertThat(second).isEqualTo(ReviewRun.NOTHING);
        assertThat(third).isEqualTo(ReviewRun.NOTHING);
        assertThat(world.outbox.messages()).hasSize(1);
        assertThat(world.events.eventsOf(job.ticketId(), EventType.REVIEW_REQUESTED)).hasSize(1);
    }

    @Test
    void the_sms_carries_the_tracking_link_and_how_to_opt_out_but_not_the_google_link() {
        var job = world.jobDone(world.business(), zurich(24, 10, 0));
        world.clock.set(zurich(24, 12, 0));

        world.engine.sendDue();

        var token = world.jobs.row(job.ticketId()).token;
        assertThat(world.outbox.messages().getFirst().body()).isEqualTo(
                "Danke für Ihren Auftrag bei Dörfler AG. Wenn Sie 30 Sekunden haben, freuen wir uns über eine "
                        + "Bewertung: https://ops.example/r/" + token + "\nKeine SMS mehr? Antworten Sie STOP.")
                .doesNotContain(BusinessFixture.GOOGLE_REVIEW_LINK);
    }

    @Test
    void every_review_sms_gets_its_own_token_of_at_least_128_random_bits() {
        var business = world.business();
        var first = world.jobDone(business, zurich(24, 9, 0));
        var second = world.jobDone(business, zurich(24, 9, 30));
        world.clock.set(zurich(24, 12, 0));

        world.engine.sendDue();

        assertThat(world.secretBitsAsked).containsExactly(128, 128);
        assertThat(world.jobs.row(first.ticketId()).token).isNotEqualTo(world.jobs.row(second.ticketId()).token);
    }

    @Test
    void the_ticket_mark_the_sms_and_the_event_are_written_in_one_transaction() {
        var job = world.jobDone(world.business(), zurich(24, 10, 0));
        world.clock.set(zurich(24, 12, 0));

        world.engine.sendDue();

        var transaction = world.jobs.row(job.ticketId()).writtenInTransaction;
        assertThat(world.outbox.all().getFirst().transaction()).isEqualTo(transaction);
        assertThat(world.events.storedEvents().getFirst().transaction()).isEqualTo(transaction);
    }

    @Test
    void a_backlog_larger_than_one_batch_is_sent_in_one_run() {
        var business = world.business();
        IntStream.range(0, ReviewRequestService.BATCH_SIZE + 10)
                .forEach(minute -> world.jobDone(business, zurich(24, 8, 0).plusMinutes(minute)));
        world.clock.set(zurich(24, 12, 0));

        assertThat(world.engine.sendDue().queued()).isEqualTo(ReviewRequestService.BATCH_SIZE + 10);
    }

    @Test
    void each_business_is_asked_for_its_own_jobs_with_its_own_sender() {
        var first = world.business();
        var second = world.business(aBusiness().withReviewDelayHours(0));
        var firstJob = world.jobDone(first, zurich(24, 10, 0));
        var secondJob = world.jobDone(second, zurich(24, 11, 0));
        world.clock.set(zurich(24, 12, 0));

        world.engine.sendDue();

        assertThat(world.outbox.messages()).extracting(OutboundSms::ticketId)
                .containsExactlyInAnyOrder(firstJob.ticketId(), secondJob.ticketId());
        assertThat(world.outbox.messages()).allSatisfy(sms -> assertThat(sms.customerId())
                .isEqualTo(sms.ticketId().equals(firstJob.ticketId()) ? first.id() : second.id()));
    }
}
