package ch.opsfabric.domain.review;

import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.domain.review.ReviewDecision.Send;
import ch.opsfabric.domain.review.ReviewDecision.Skip;
import ch.opsfabric.domain.review.ReviewDecision.SkipReason;
import ch.opsfabric.domain.review.ReviewDecision.Wait;
import ch.opsfabric.domain.review.ReviewDecision.WaitReason;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether and when a finished job's customer is asked for a Google review (docs/domain-rules.md, Review
 * engine). It guarantees that no request goes out before {@code review_delay_hours} after the job was done, none
 * inside the business's quiet hours (it is moved to their end), none
 * without a Google review link, with the review engine or SMS module off or for an inactive
 * business, and none to a missing, non-mobile or opted-out number or one the SMS provider refused
 * before.
 *
 * <p>Conditions of the business only make the job wait: a business that adds its review link
 * or switches the module on expects its recent jobs to be asked. Conditions of the job itself
 * are final, and so is lateness: a request more than {@link #LATEST_AFTER_DUE} after it was due
 * would reach a customer who has forgotten the job, so it is skipped for good instead.
 */
public final class ReviewRequestPolicy {

    /** How long after its due time a request may still go out, e.g. once a business adds its link. */
    public static final Duration LATEST_AFTER_DUE = Duration.ofDays(7);

    private ReviewRequestPolicy() {
    }

    public static Instant dueAt(Tenant tenant, Instant completedAt) {
        return completedAt.plus(Duration.ofHours(tenant.profile().reviews().delayHours()));
    }

    /** Why the business takes no review requests right now; empty when it does. */
    public static Optional<WaitReason> businessNotReady(Tenant tenant) {
        var profile = tenant.profile();
        if (!profile.active()) {
            return Optional.of(WaitReason.BUSINESS_INACTIVE);
        }
        if (!tenant.has(Module.REVIEW_ENGINE) || !tenant.has(Module.SMS)) {
            return Optional.of(WaitReason.MODULE_OFF);
        }
        if (profile.reviews().googleReviewLink() == null) {
            return Optional.of(WaitReason.NO_REVIEW_LINK);
        }
        return Optional.empty();
    }

    /** @param number what the business knows of the job's contact number; ignored when the job has none */
    public static ReviewDecision decide(Tenant tenant, FinishedJob job, NumberHistory number, Instant now,
                                        NumberingPlan numbers) {
        var due = dueAt(tenant, job.completedAt());
        if (now.isBefore(due)) {
            return new Wait(WaitReason.NOT_YET_DUE);
        }
        var notReady = businessNotReady(tenant);
        if (notReady.isPresent()) {
            return new Wait(notReady.get());
        }
        if (now.isAfter(due.plus(LATEST_AFTER_DUE))) {
            return new Skip(SkipReason.TOO_LATE);
        }
        if (job.phone().isEmpty()) {
            return new Skip(SkipReason.NO_PHONE);
        }
        var phone = job.phone().get();
        if (!numbers.canReceiveSms(phone) || number.undeliverable()) {
            return new Skip(SkipReason.CANNOT_RECEIVE_SMS);
        }
        if (number.optedOut()) {
            return new Skip(SkipReason.OPTED_OUT);
        }
        return new Send(phone, tenant.profile().quietHoursPolicy().nextAllowedSend(now));
    }
}
