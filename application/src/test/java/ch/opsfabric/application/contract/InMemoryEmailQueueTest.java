package ch.opsfabric.application.contract;

import ch.opsfabric.application.fakes.InMemoryEmailQueue;
import ch.opsfabric.application.port.out.EmailDispatchPort;
import ch.opsfabric.application.port.out.EmailQueuePort;
import java.util.UUID;
import java.util.function.Supplier;

/** The fake the use-case tests run on keeps the same promises as the PostgreSQL queue. */
class InMemoryEmailQueueTest extends EmailQueuePortContract {

    private final InMemoryEmailQueue queue = new InMemoryEmailQueue();

    @Override
    protected EmailQueuePort queue() {
        return queue;
    }

    @Override
    protected EmailDispatchPort dispatch() {
        return queue;
    }

    @Override
    protected UUID aBusiness() {
        return UUID.randomUUID();
    }

    @Override
    protected <T> T forBusiness(UUID business, Supplier<T> work) {
        return work.get();
    }
}
