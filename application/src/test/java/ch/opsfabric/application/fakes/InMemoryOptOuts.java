package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.OptOutPort;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Opt-outs per tenant: STOP to one business says nothing about another. */
public final class InMemoryOptOuts implements OptOutPort {

    private record OptOut(UUID customerId, PhoneNumber phone) {
    }

    private final Set<OptOut> optOuts = new HashSet<>();

    public void optOut(UUID customerId, PhoneNumber phone) {
        optOuts.add(new OptOut(customerId, phone));
    }

    @Override
    public boolean isOptedOut(UUID customerId, PhoneNumber phone) {
        return optOuts.contains(new OptOut(customerId, phone));
    }

    @Override
    public boolean optOut(UUID customerId, PhoneNumber phone, Instant at) {
        return optOuts.add(new OptOut(customerId, phone));
    }

    @Override
    public boolean optIn(UUID customerId, PhoneNumber phone) {
        return optOuts.remove(new OptOut(customerId, phone));
    }
}
