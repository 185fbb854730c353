package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Instant;
import java.util.UUID;

/** Numbers the SMS provider called invalid or a landline, never texted again by that tenant. */
public interface UndeliverablePort {

    void mark(UUID customerId, PhoneNumber number, String reason, Instant at);

    boolean isUndeliverable(UUID customerId, PhoneNumber number);
}
