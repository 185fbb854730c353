package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.Transactions;
import java.util.UUID;
import java.util.function.Supplier;

/** Runs the work at once and keeps no state, so any number of threads may use it together. */
public final class DirectTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    public <T> T forTenant(UUID tenantId, Supplier<T> work) {
        return work.get();
    }
}
