package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.phone.PhoneNumber;

/** How a person is recognised in a business's rows. */
public sealed interface PersonKey {

    record ByPhone(PhoneNumber number) implements PersonKey {
    }

    /** Compared without regard to case. */
    record ByEmail(String address) implements PersonKey {
    }
}
