package ch.opsfabric.application.review;

import ch.opsfabric.application.port.out.OptOutPort;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

final class InMemoryOptOutList implements OptOutPort {

    private final Set<String> optedOut = new HashSet<>();

    @Override
    public boolean isOptedOut(UUID customerId, PhoneNumber phone) {
        return optedOut.contains(customerId + ":" + phone.e164());
    }

    @Override
    public boolean optOut(UUID customerId, PhoneNumber phone, Instant at) {
        return optedOut.add(customerId + ":" + phone.e164());
    }

    @Override
    public boolean optIn(UUID customerId, PhoneNumber phone) {
        return optedOut.remove(customerId + ":" + phone.e164());
    }
}
