package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.phone.PhoneNumber;
import java.util.UUID;

/** Who told a tenant to stop sending SMS (STOP and its siblings). */
public interface OptOutPort {

    boolean isOptedOut(UUID customerId, PhoneNumber phone);
}
