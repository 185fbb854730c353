package ch.opsfabric.application.review;

import ch.opsfabric.application.port.out.Transactions;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs work at once and numbers each transaction, so the fakes can note in which one a write
 * happened and a test can prove that writes belong together.
 */
final class NumberedTransactions implements Transactions {

    private int started;
    private int open;
    private UUID tenant;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return begin(null, work);
    }

    @Override
    public <T> T forTenant(UUID tenantId, Supplier<T> work) {
        return begin(tenantId, work);
    }

    /** The number of the transaction now running; a write outside any transaction is a bug. */
    int current() {
        if (open == 0) {
            throw new AssertionError("written outside a transaction");
        }
        return open;
    }

    /** The tenant the running transaction is for, if it is for one. */
    Optional<UUID> tenant() {
        return Optional.ofNullable(tenant);
    }

    /** Joins the running transaction if there is one. */
    private <T> T begin(UUID tenantId, Supplier<T> work) {
        if (open != 0) {
            return work.get();
        }
        open = ++started;
        tenant = tenantId;
        try {
            return work.get();
        } finally {
            open = 0;
            tenant = null;
        }
    }
}
