package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.phone.PhoneNumber;
import java.util.Objects;

/**
 * Where an incoming call is put through and for how long it rings before it counts as missed.
 *
 * @param ringSeconds the business's {@code ring_seconds}
 */
public record CallForwarding(PhoneNumber businessPhone, int ringSeconds) {

    public CallForwarding {
        Objects.requireNonNull(businessPhone, "businessPhone");
    }
}
