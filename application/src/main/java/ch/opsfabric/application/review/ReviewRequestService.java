package ch.opsfabric.application.review;

import ch.opsfabric.application.port.in.ReviewRun;
import ch.opsfabric.application.port.in.SendDueReviewRequestsUseCase;
import ch.opsfabric.application.port.out.DueReviewsPort;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.OptOutPort;
import ch.opsfabric.application.port.out.ReviewOutcomePort;
import ch.opsfabric.application.port.out.SecretGenerator;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.application.port.out.UndeliverablePort;
import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.domain.review.FinishedJob;
import ch.opsfabric.domain.review.NumberHistory;
import ch.opsfabric.domain.review.ReviewDecision;
import ch.opsfabric.domain.review.ReviewRequestPolicy;
import ch.opsfabric.domain.sms.SmsTemplates;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.TicketEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The review engine (docs/domain-rules.md, Review engine): for every business set up for reviews, each
 * finished job past its delay is decided by {@link ReviewRequestPolicy}. A request marks the
 * ticket ({@code review_request_sent_at}, tracking token), queues the SMS and writes
 * {@code review_requested} in one transaction, so the SMS is queued exactly once per ticket; a
 * skip records its reason so the job is not looked at again. Jobs are claimed per business in
 * small batches that concurrent runs pass over, so two instances never decide a job twice.
 */
public final class ReviewRequestService implements SendDueReviewRequestsUseCase {

    static final int BATCH_SIZE = 50;
    /** Tracking tokens are as strong as random UUIDs at the least; nobody guesses another's link. */
    static final int TOKEN_BITS = 128;

    private final Clock clock;
    private final Transactions transactions;
    private final LoadTenantPort tenants;
    private final DueReviewsPort dueReviews;
    private final ReviewOutcomePort outcomes;
    private final OptOutPort optOuts;
    private final UndeliverablePort undeliverable;
    private final SmsQueuePort queue;
    private final TicketEventPort events;
    private final IdGenerator ids;
    private final SecretGenerator secrets;
    private final ReviewLinks links;
    private final NumberingPlan numbers;

    public ReviewRequestService(Clock clock, Transactions transactions, LoadTenantPort tenants,
                                DueReviewsPort dueReviews, ReviewOutcomePort outcomes, OptOutPort optOuts,
                                UndeliverablePort undeliverable, SmsQueuePort queue, TicketEventPort events,
                                IdGenerator ids, SecretGenerator secrets, ReviewLinks links, NumberingPlan numbers) {
        this.clock = clock;
        this.transactions = transactions;
        this.tenants = tenants;
        this.dueReviews = dueReviews;
        this.outcomes = outcomes;
        this.optOuts = optOuts;
        this.undeliverable = undeliverable;
        this.queue = queue;
        this.events = events;
        this.ids = ids;
        this.secrets = secrets;
        this.links = links;
        this.numbers = numbers;
    }

    @Override
    public ReviewRun sendDue() {
        var now = clock.instant();
        var run = ReviewRun.NOTHING;
        for (var tenantId : dueReviews.tenantsWithDue(now)) {
            var tenant = tenants.byId(tenantId);
            // A business not set up for reviews leaves its jobs untouched: they wait until it is.
            if (tenant.isPresent() && ReviewRequestPolicy.businessNotReady(tenant.get()).isEmpty()) {
                run = run.plus(sendDueOf(tenant.get(), now));
            }
        }
        return run;
    }

    private ReviewRun sendDueOf(Tenant tenant, Instant now) {
        var run = ReviewRun.NOTHING;
        Batch batch;
        do {
            batch = transactions.forTenant(tenant.id(), () -> decideBatch(tenant, now));
            run = run.plus(batch.run());
            // Another full batch may follow, unless this one left jobs undecided: claiming those
            // again would loop without progress.
        } while (batch.claimed() == BATCH_SIZE && batch.run().decided() == batch.claimed());
        return run;
    }

    private Batch decideBatch(Tenant tenant, Instant now) {
        var jobs = dueReviews.claimDue(tenant.id(), now, BATCH_SIZE);
        var run = ReviewRun.NOTHING;
        for (var job : jobs) {
            var number = job.phone().map(phone -> new NumberHistory(undeliverable.isUndeliverable(tenant.id(), phone),
                    optOuts.isOptedOut(tenant.id(), phone))).orElse(NumberHistory.NOTHING_KNOWN);
            switch (ReviewRequestPolicy.decide(tenant, job, number, now, numbers)) {
                case ReviewDecision.Send send -> {
                    if (request(tenant, job, send, now)) {
                        run = run.plus(new ReviewRun(1, 0));
                    }
                }
                case ReviewDecision.Skip skip -> {
                    if (outcomes.markSkipped(tenant.id(), job.ticketId(), skip.reason())) {
                        run = run.plus(new ReviewRun(0, 1));
                    }
                }
                case ReviewDecision.Wait wait -> {
                    // The store and the policy agree on the delay; a job that still waits is asked again later.
                }
            }
        }
        return new Batch(jobs.size(), run);
    }

    private boolean request(Tenant tenant, FinishedJob job, ReviewDecision.Send send, Instant now) {
        var token = secrets.newSecret(TOKEN_BITS);
        if (!outcomes.markRequested(tenant.id(), job.ticketId(), token, send.at())) {
            return false;
        }
        var profile = tenant.profile();
        var text = SmsTemplates.reviewRequest(profile.name(), links.forToken(token));
        var smsId = ids.newId();
        queue.enqueue(new OutboundSms(smsId, tenant.id(), job.ticketId(), SmsPurpose.REVIEW_REQUEST, send.to(),
                profile.smsNumber(), text.body(), now, send.at(), false, 0));
        events.append(tenant.id(), new TicketEvent(job.ticketId(), EventType.REVIEW_REQUESTED, null, null,
                Map.of("sms_id", smsId.toString(), "send_at", send.at().toString()), now));
        return true;
    }

    private record Batch(int claimed, ReviewRun run) {
    }
}
