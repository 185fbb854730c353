package ch.opsfabric.application.support;

import ch.opsfabric.application.port.out.Transactions;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Background work across tenants: each tenant's due items are claimed in a transaction of that
 * tenant (the database shows a transaction nothing else) and then handled.
 */
public final class TenantByTenant {

    private TenantByTenant() {
    }

    /** @return how many items were claimed */
    public static <T> int claimAndHandle(Transactions transactions, List<UUID> tenantsWithDue,
                                         BiFunction<UUID, Integer, List<T>> claim, int batchSize,
                                         Consumer<List<T>> handleClaimed) {
        var handled = 0;
        for (var tenantId : tenantsWithDue) {
            var claimed = transactions.forTenant(tenantId, () -> claim.apply(tenantId, batchSize));
            handleClaimed.accept(claimed);
            handled += claimed.size();
        }
        return handled;
    }
}
