package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.Transactions;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs the work at once and remembers how many transactions it began (joined ones not counted), whether a transaction is running
 * now and for which tenant, so the in-memory stores can tell which writes happened outside one. As with a database, each
 * thread has its own transaction: the dispatcher records one business's outcomes while it claims the next one's.
 */
public final class ImmediateTransactions implements Transactions {

    /** The transaction a thread is in: its number, how deeply joined, and for which tenant. */
    private static final class Running {
        private int number;
        private int depth;
        private UUID tenant;
    }

    private final AtomicInteger calls = new AtomicInteger();
    private final ThreadLocal<Running> running = ThreadLocal.withInitial(Running::new);

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        var here = running.get();
        if (here.depth == 0) {
            here.number = calls.incrementAndGet();
        }
        here.depth++;
        try {
            return work.get();
        } finally {
            here.depth--;
        }
    }

    @Override
    public <T> T forTenant(UUID tenantId, Supplier<T> work) {
        var here = running.get();
        if (here.tenant != null && !here.tenant.equals(tenantId)) {
            throw new IllegalStateException("a transaction for tenant " + here.tenant + " cannot continue for " + tenantId);
        }
        var outer = here.tenant;
        here.tenant = tenantId;
        try {
            return inTransaction(work);
        } finally {
            here.tenant = outer;
        }
    }

    /** The tenant the running transaction is for, if it is for one. */
    public Optional<UUID> tenant() {
        return Optional.ofNullable(running.get().tenant);
    }

    public int calls() {
        return calls.get();
    }

    /**
     * The number of the transaction running now (1 for the first begun), so a store can note in
     * which one a write happened and a test can prove that writes belong together.
     */
    public int current() {
        var here = running.get();
        if (here.depth == 0) {
            throw new AssertionError("written outside a transaction");
        }
        return here.number;
    }

    public boolean active() {
        return running.get().depth > 0;
    }
}
