package ch.opsfabric.application.contract;

import ch.opsfabric.application.fakes.InMemoryUndeliverableNumbers;
import ch.opsfabric.application.port.out.UndeliverablePort;
import java.util.Optional;
import java.util.UUID;

/** The fake the use-case tests run on keeps the same promises as the PostgreSQL store. */
class InMemoryUndeliverableNumbersTest extends UndeliverablePortContract {

    private final InMemoryUndeliverableNumbers numbers = new InMemoryUndeliverableNumbers(Optional::empty);

    @Override
    protected UndeliverablePort numbers() {
        return numbers;
    }

    @Override
    protected UUID aBusiness() {
        return UUID.randomUUID();
    }
}
