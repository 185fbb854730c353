package ch.opsfabric.application.port.out;

import java.util.UUID;
import java.util.function.Supplier;

/** Runs work atomically: everything inside is stored together or not at all. */
public interface Transactions {

    /** For work that touches no tenant's data: the tenant directory, or finding which tenant a request is for. */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Work for one tenant. Besides every query's own {@code customer_id} condition, the database then
     * shows and accepts only this tenant's rows, so a query that forgot its condition finds nothing of
     * another tenant's. Joining a transaction of another tenant is a programming error.
     */
    <T> T forTenant(UUID tenantId, Supplier<T> work);

    /** {@link #forTenant(UUID, Supplier)} for work that answers nothing. */
    default void forTenant(UUID tenantId, Runnable work) {
        forTenant(tenantId, () -> {
            work.run();
            return null;
        });
    }
}
