package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Instant;
import java.util.UUID;

/** Who told a tenant to stop sending SMS (STOP and its siblings). */
public interface OptOutPort {

    boolean isOptedOut(UUID customerId, PhoneNumber phone);

    /** @return whether the number was not opted out before, so the opt-out is confirmed only once */
    boolean optOut(UUID customerId, PhoneNumber phone, Instant at);

    /** @return whether the number was opted out before */
    boolean optIn(UUID customerId, PhoneNumber phone);
}
