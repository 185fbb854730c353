package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.Transactions;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs the work at once and remembers how many transactions it began (joined ones not counted), whether a transaction is running
 * now and for which tenant, so the in-memory stores can tell which writes happened outside one.
 */
public final class ImmediateTransactions implements Transactions {

    private int calls;
    private int depth;
    private UUID tenant;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (depth == 0) {
            calls++;
        }
        depth++;
        try {
            return work.get();
        } finally {
            depth--;
        }
    }

    @Override
    public <T> T forTenant(UUID tenantId, Supplier<T> work) {
        if (tenant != null && !tenant.equals(tenantId)) {
            throw new IllegalStateException("a transaction for tenant " + tenant + " cannot continue for " + tenantId);
        }
        var outer = tenant;
        tenant = tenantId;
        try {
            return inTransaction(work);
        } finally {
            tenant = outer;
        }
    }

    /** The tenant the running transaction is for, if it is for one. */
    public Optional<UUID> tenant() {
        return Optional.ofNullable(tenant);
    }

    public int calls() {
        return calls;
    }

    /**
     * The number of the transaction running now (1 for the first begun), so a store can note in
     * which one a write happened and a test can prove that writes belong together.
     */
    public int current() {
        if (depth == 0) {
            throw new AssertionError("written outside a transaction");
        }
        return calls;
    }

    public boolean active() {
        return depth > 0;
    }
}
