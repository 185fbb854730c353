package ch.opsfabric.application.privacy;

import ch.opsfabric.application.port.in.AnonymiseIdleTicketsUseCase;
import ch.opsfabric.application.port.out.AnonymiseActivityPort;
import ch.opsfabric.application.port.out.AnonymiseTicketsPort;
import ch.opsfabric.application.port.out.SettleReportFactsPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.privacy.RetentionPolicy;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.function.IntSupplier;

/**
 * Anonymises idle tickets and old rows without a ticket in batches, each batch its own transaction: a large backlog
 * never holds locks for long, and what a crash interrupts the next run finds still due.
 *
 * <p>Per tenant, report counts are settled first, then rows without a ticket are erased, then tickets: a count that
 * joins by number must be settled while both sides still have it (see {@link RetentionPolicy}).
 */
public final class AnonymiseIdleTicketsService implements AnonymiseIdleTicketsUseCase {

    static final int BATCH = 200;

    private final Clock clock;
    private final Transactions transactions;
    private final AnonymiseTicketsPort tickets;
    private final AnonymiseActivityPort activity;
    private final SettleReportFactsPort reports;

    public AnonymiseIdleTicketsService(Clock clock, Transactions transactions, AnonymiseTicketsPort tickets,
                                       AnonymiseActivityPort activity, SettleReportFactsPort reports) {
        this.clock = clock;
        this.transactions = transactions;
        this.tickets = tickets;
        this.activity = activity;
        this.reports = reports;
    }

    @Override
    public Anonymised anonymiseIdle() {
        var now = clock.instant();
        var idleSince = RetentionPolicy.idleSince(now);
        var settleBefore = RetentionPolicy.settleReportsBefore(now);
        var tenants = new LinkedHashSet<>(activity.tenantsWithIdentifiableActivity(idleSince));
        tenants.addAll(tickets.tenantsWithIdle(idleSince));
        var ticketCount = 0;
        var rowCount = 0;
        for (var tenantId : tenants) {
            untilNoneLeft(() -> transactions.forTenant(tenantId,
                    () -> reports.settleBefore(tenantId, settleBefore, BATCH)));
            rowCount += untilNoneLeft(() -> transactions.forTenant(tenantId,
                    () -> activity.anonymiseBefore(tenantId, idleSince, BATCH)));
            int batch;
            do {
                batch = transactions.forTenant(tenantId,
                        () -> tickets.anonymiseIdle(tenantId, idleSince, now, BATCH)).size();
                ticketCount += batch;
            } while (batch == BATCH);
        }
        return new Anonymised(ticketCount, rowCount);
    }

    /** Runs batches until one finds nothing (another instance may hold the rest, and finishes it). */
    private static int untilNoneLeft(IntSupplier batch) {
        var total = 0;
        int done;
        while ((done = batch.getAsInt()) > 0) {
            total += done;
        }
        return total;
    }
}
