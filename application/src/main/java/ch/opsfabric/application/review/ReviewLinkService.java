package ch.opsfabric.application.review;

import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.in.FollowReviewLinkUseCase;
import ch.opsfabric.application.port.in.ReviewLinkVisit;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.ReviewClicksPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.ticket.Actor;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.TicketEvent;
import java.time.Clock;

/**
 * Follows a review SMS's tracking link (docs/domain-rules.md, Review engine): the first real click sets
 * {@code review_clicked} and writes {@code review_clicked} once; every visit, scanners included,
 * is sent on to the business's Google review link. Whatever is wrong with a link (malformed,
 * unknown, its business without a review link today), the answer is the same "not found", so a
 * guesser learns nothing about any business.
 */
public final class ReviewLinkService implements FollowReviewLinkUseCase {

    static final String UNKNOWN = "no such review link";

    private final Clock clock;
    private final Transactions transactions;
    private final ReviewClicksPort clicks;
    private final LoadTenantPort tenants;
    private final TicketEventPort events;

    public ReviewLinkService(Clock clock, Transactions transactions, ReviewClicksPort clicks, LoadTenantPort tenants,
                             TicketEventPort events) {
        this.clock = clock;
        this.transactions = transactions;
        this.clicks = clicks;
        this.tenants = tenants;
        this.events = events;
    }

    @Override
    public String follow(ReviewLinkVisit visit) {
        if (!ReviewLinks.isWellFormed(visit.token())) {
            throw new NotFound(UNKNOWN);
        }
        var sent = clicks.byToken(visit.token()).orElseThrow(() -> new NotFound(UNKNOWN));
        var googleLink = tenants.byId(sent.customerId())
                .map(tenant -> tenant.profile().reviews().googleReviewLink())
                .orElseThrow(() -> new NotFound(UNKNOWN));
        if (visit.countsAsClick()) {
            transactions.forTenant(sent.customerId(), () -> {
                if (clicks.markClicked(sent.customerId(), sent.ticketId())) {
                    events.append(sent.customerId(),
                            TicketEvent.of(sent.ticketId(), EventType.REVIEW_CLICKED, null, null, clock.instant())
                                    .by(Actor.CUSTOMER));
                }
            });
        }
        return googleLink;
    }
}
