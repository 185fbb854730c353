package ch.opsfabric.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.fakes.ImmediateTransactions;
import ch.opsfabric.application.fakes.InMemorySmsQueue;
import ch.opsfabric.application.port.out.SmsDispatchPort;
import ch.opsfabric.application.port.out.SmsQueuePort;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;

/** The fake the use-case tests run on keeps the same promises as the PostgreSQL queue. */
class InMemorySmsQueueTest extends SmsQueuePortContract {

    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemorySmsQueue queue = new InMemorySmsQueue(transactions);

    @Override
    protected SmsQueuePort queue() {
        return queue;
    }

    @Override
    protected SmsDispatchPort dispatch() {
        return queue;
    }

    @Override
    protected UUID aBusiness() {
        return UUID.randomUUID();
    }

    @Override
    protected UUID aTicketOf(UUID business) {
        return UUID.randomUUID();
    }

    @Override
    protected <T> T forBusiness(UUID business, Supplier<T> work) {
        return transactions.forTenant(business, work);
    }

    @AfterEach
    void everyWriteRanInItsBusinessTransaction() {
        assertThat(queue.writesOutsideTransactions()).isEmpty();
    }
}
