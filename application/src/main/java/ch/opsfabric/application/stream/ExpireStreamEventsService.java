package ch.opsfabric.application.stream;

import ch.opsfabric.application.port.in.ExpireStreamEventsUseCase;
import ch.opsfabric.application.port.out.ExpiredStreamEventsPort;
import ch.opsfabric.application.port.out.Transactions;
import java.time.Clock;
import java.time.Duration;

/**
 * Deletes each business's stream events older than the retention, in that business's transaction.
 * Instances may run it at the same time: a delete finds what another already deleted gone.
 */
public final class ExpireStreamEventsService implements ExpireStreamEventsUseCase {

    private final Clock clock;
    private final Transactions transactions;
    private final ExpiredStreamEventsPort expired;
    private final Duration retention;

    public ExpireStreamEventsService(Clock clock, Transactions transactions, ExpiredStreamEventsPort expired,
                                     Duration retention) {
        if (retention.compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalArgumentException("stream events are kept 24 hours at least, not " + retention);
        }
        this.clock = clock;
        this.transactions = transactions;
        this.expired = expired;
        this.retention = retention;
    }

    @Override
    public int expire() {
        var cutoff = clock.instant().minus(retention);
        var deleted = 0;
        for (var tenantId : expired.tenantsWithEventsBefore(cutoff)) {
            deleted += transactions.forTenant(tenantId, () -> expired.deleteBefore(tenantId, cutoff));
        }
        return deleted;
    }
}
