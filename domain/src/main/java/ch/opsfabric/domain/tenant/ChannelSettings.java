package ch.opsfabric.domain.tenant;

import static ch.opsfabric.domain.InvalidValue.require;

import ch.opsfabric.domain.phone.PhoneNumber;
import java.util.Optional;

/**
 * How calls and urgent requests reach the business's people (docs/domain-rules.md, Call forwarding
 * and urgent alerts).
 *
 * @param ringSeconds how long a call to the SMS number rings at the business's phone before it counts
 *                    as missed
 * @param alertPhone  the mobile number told at once by SMS about every urgent request; null for none
 */
public record ChannelSettings(int ringSeconds, PhoneNumber alertPhone) {

    public static final ChannelSettings DEFAULTS = new ChannelSettings(20, null);

    public ChannelSettings {
        require(ringSeconds >= 5 && ringSeconds <= 120, "ring_seconds", "must be between 5 and 120");
    }

    public Optional<PhoneNumber> alert() {
        return Optional.ofNullable(alertPhone);
    }
}
