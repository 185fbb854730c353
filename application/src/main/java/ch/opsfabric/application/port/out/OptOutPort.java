package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Who told a tenant to stop sending SMS (STOP and its siblings). */
public interface OptOutPort {

    boolean isOptedOut(UUID customerId, PhoneNumber phone);

    /** Those of the numbers that opted out, which a store may find in one statement. */
    default Set<PhoneNumber> optedOut(UUID customerId, Collection<PhoneNumber> phones) {
        return phones.stream().filter(phone -> isOptedOut(customerId, phone)).collect(Collectors.toSet());
    }

    /** @return whether the number was not opted out before, so the opt-out is confirmed only once */
    boolean optOut(UUID customerId, PhoneNumber phone, Instant at);

    /** @return whether the number was opted out before */
    boolean optIn(UUID customerId, PhoneNumber phone);
}
