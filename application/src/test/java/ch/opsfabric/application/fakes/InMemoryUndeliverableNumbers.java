package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.UndeliverablePort;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Numbers the provider refused, per tenant; notes every look-up that no transaction of that tenant
 * surrounds, since row level security would show it nothing.
 */
public final class InMemoryUndeliverableNumbers implements UndeliverablePort {

    private final Supplier<Optional<UUID>> runningTransactionsTenant;
    private final Set<String> undeliverable = new HashSet<>();
    private final List<UUID> lookedUpOutside = new ArrayList<>();

    /** @param runningTransactionsTenant the tenant of the transaction running now, if any */
    public InMemoryUndeliverableNumbers(Supplier<Optional<UUID>> runningTransactionsTenant) {
        this.runningTransactionsTenant = runningTransactionsTenant;
    }

    @Override
    public void mark(UUID customerId, PhoneNumber number, String reason, Instant at) {
        undeliverable.add(customerId + ":" + number.e164());
    }

    @Override
    public boolean isUndeliverable(UUID customerId, PhoneNumber number) {
        if (!runningTransactionsTenant.get().map(customerId::equals).orElse(false)) {
            lookedUpOutside.add(customerId);
        }
        return undeliverable.contains(customerId + ":" + number.e164());
    }

    /** The tenants whose numbers were looked up outside a transaction of theirs. */
    public List<UUID> lookupsOutsideTransactions() {
        return List.copyOf(lookedUpOutside);
    }
}
