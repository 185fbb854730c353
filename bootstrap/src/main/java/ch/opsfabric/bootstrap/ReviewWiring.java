package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.PublicAddress;
import ch.opsfabric.application.port.in.FollowReviewLinkUseCase;
import ch.opsfabric.application.port.in.SendDueReviewRequestsUseCase;
import ch.opsfabric.application.port.out.DueReviewsPort;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.OptOutPort;
import ch.opsfabric.application.port.out.ReviewClicksPort;
import ch.opsfabric.application.port.out.ReviewOutcomePort;
import ch.opsfabric.application.port.out.SecretGenerator;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.application.port.out.UndeliverablePort;
import ch.opsfabric.application.review.ReviewLinkService;
import ch.opsfabric.application.review.ReviewLinks;
import ch.opsfabric.application.review.ReviewRequestService;
import ch.opsfabric.domain.phone.NumberingPlan;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Wires the review engine (docs/domain-rules.md, Review engine) with plain constructors; the adapters supply the ports.
 */
@Factory
class ReviewWiring {

    @Singleton
    SendDueReviewRequestsUseCase sendDueReviewRequests(Clock clock, Transactions transactions, LoadTenantPort tenants,
                                                       DueReviewsPort dueReviews, ReviewOutcomePort outcomes,
                                                       OptOutPort optOuts, UndeliverablePort undeliverable,
                                                       SmsQueuePort queue, TicketEventPort events, IdGenerator ids,
                                                       SecretGenerator secrets, PublicAddress publicAddress,
                                                       NumberingPlan numbers) {
        return new ReviewRequestService(clock, transactions, tenants, dueReviews, outcomes, optOuts, undeliverable,
                queue, events, ids, secrets, new ReviewLinks(publicAddress.toString()), numbers);
    }

    @Singleton
    FollowReviewLinkUseCase followReviewLink(Clock clock, Transactions transactions, ReviewClicksPort clicks,
                                             LoadTenantPort tenants, TicketEventPort events) {
        return new ReviewLinkService(clock, transactions, clicks, tenants, events);
    }
}
