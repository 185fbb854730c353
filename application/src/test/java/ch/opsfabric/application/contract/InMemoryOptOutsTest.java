package ch.opsfabric.application.contract;

import ch.opsfabric.application.fakes.InMemoryOptOuts;
import ch.opsfabric.application.port.out.OptOutPort;
import java.util.UUID;

/** The fake the use-case tests run on keeps the same promises as the PostgreSQL store. */
class InMemoryOptOutsTest extends OptOutPortContract {

    private final InMemoryOptOuts optOuts = new InMemoryOptOuts();

    @Override
    protected OptOutPort optOuts() {
        return optOuts;
    }

    @Override
    protected UUID aBusiness() {
        return UUID.randomUUID();
    }
}
