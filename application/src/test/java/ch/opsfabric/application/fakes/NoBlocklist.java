package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.BlocklistPort;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Instant;
import java.util.UUID;

/** A blocklist nobody is on, for tests that are about something else. */
public final class NoBlocklist implements BlocklistPort {

    @Override
    public void block(UUID customerId, PhoneNumber number, Instant until, String reason) {
        throw new UnsupportedOperationException("this test does not expect a number to be blocked");
    }

    @Override
    public boolean lift(UUID customerId, PhoneNumber number) {
        return false;
    }
}
