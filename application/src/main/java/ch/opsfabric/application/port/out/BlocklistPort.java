package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Instant;
import java.util.UUID;

/**
 * Numbers that called too often to be texted back (docs/domain-rules.md, Missed-call recovery); an operator can lift
 * a block.
 */
public interface BlocklistPort {

    void block(UUID customerId, PhoneNumber number, Instant until, String reason);

    /** @return whether the number was blocked */
    boolean lift(UUID customerId, PhoneNumber number);
}
