package ch.opsfabric.application.privacy;

import ch.opsfabric.application.port.in.AnonymiseIdleTicketsUseCase;
import ch.opsfabric.application.port.out.AnonymiseTicketsPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.privacy.RetentionPolicy;
import java.time.Clock;

/**
 * Anonymises idle tickets in batches, each batch its own transaction: a large backlog never holds
 * locks for long, and what a crash interrupts the next run finds still due.
 */
public final class AnonymiseIdleTicketsService implements AnonymiseIdleTicketsUseCase {

    static final int BATCH = 200;

    private final Clock clock;
    private final Transactions transactions;
    private final AnonymiseTicketsPort tickets;

    public AnonymiseIdleTicketsService(Clock clock, Transactions transactions, AnonymiseTicketsPort tickets) {
        this.clock = clock;
        this.transactions = transactions;
        this.tickets = tickets;
    }

    @Override
    public int anonymiseIdle() {
        var now = clock.instant();
        var idleSince = RetentionPolicy.idleSince(now);
        var total = 0;
        for (var tenantId : tickets.tenantsWithIdle(idleSince)) {
            int batch;
            do {
                batch = transactions.forTenant(tenantId,
                        () -> tickets.anonymiseIdle(tenantId, idleSince, now, BATCH)).size();
                total += batch;
            } while (batch == BATCH);
        }
        return total;
    }
}
