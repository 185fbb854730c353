package ch.opsfabric.application.support;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GroupedCommitsTest {

    private static final UUID AEBI = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID BRUNNER = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

    private final CommittingTransactions transactions = new CommittingTransactions();
    private final GroupedCommits commits = new GroupedCommits(transactions, 50);

    @Test
    void a_write_alone_is_committed_at_once_in_a_transaction_of_its_business() {
        commits.commit(AEBI, () -> transactions.write("sent 1"));

        assertThat(transactions.committed()).containsExactly(new Committed(AEBI, List.of("sent 1")));
    }

    @Test
    void writes_queued_while_a_group_commits_are_committed_together_and_each_caller_returns_after_its_commit()
            throws InterruptedException {
        var returnedAfterCommit = new ConcurrentLinkedQueue<Boolean>();

        queuedBehindAnOpenGroup(IntStream.rangeClosed(1, 10).mapToObj(n -> "sent " + n).<Runnable>map(write -> () -> {
            commits.commit(AEBI, () -> transactions.write(write));
            returnedAfterCommit.add(transactions.isCommitted(write));
        }).toList());

        assertThat(transactions.committed()).hasSize(2);
        assertThat(transactions.committed().get(1).writes()).hasSize(10);
        assertThat(returnedAfterCommit).hasSize(10).containsOnly(true);
    }

    @Test
    void a_failing_write_fails_only_its_caller_and_the_others_of_its_group_are_committed() throws InterruptedException {
        var failures = new ConcurrentLinkedQueue<String>();

        queuedBehindAnOpenGroup(Stream.of("sent 1", "broken", "sent 2").<Runnable>map(write -> () -> {
            try {
                commits.commit(AEBI, () -> transactions.write(write));
            } catch (IllegalStateException failed) {
                failures.add(failed.getMessage());
            }
        }).toList());

        assertThat(failures).containsExactly("cannot write broken");
        assertThat(transactions.committed()).flatExtracting(Committed::writes)
                .containsExactlyInAnyOrder("first", "sent 1", "sent 2");
    }

    @Test
    void writes_of_different_businesses_never_share_a_transaction() {
        IntStream.range(0, 20).parallel().forEach(n ->
                commits.commit(n % 2 == 0 ? AEBI : BRUNNER, () -> transactions.write((n % 2 == 0 ? "aebi " : "brunner ") + n)));

        assertThat(transactions.committed()).allSatisfy(committed -> assertThat(committed.writes())
                .allMatch(write -> write.startsWith(committed.tenant().equals(AEBI) ? "aebi" : "brunner")));
        assertThat(transactions.committed()).flatExtracting(Committed::writes).hasSize(20);
    }

    /** Runs the callers while a first write of Aebi's holds its transaction open, so that theirs queue up behind it. */
    private void queuedBehindAnOpenGroup(List<Runnable> callers) throws InterruptedException {
        var allQueued = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            threads.execute(() -> commits.commit(AEBI, () -> {
                awaitUninterruptibly(allQueued);
                transactions.write("first");
            }));
            transactions.awaitOpen();
            callers.forEach(threads::execute);
            awaitUntil(() -> commits.queued(AEBI) == callers.size());
            allQueued.countDown();
        }
    }

    private record Committed(UUID tenant, List<String> writes) {
    }

    /** Keeps each transaction's writes until it ends: committed when the work returns, gone when it throws. */
    private static final class CommittingTransactions implements Transactions {

        private final ThreadLocal<Committed> open = new ThreadLocal<>();
        private final List<Committed> committed = new ArrayList<>();
        private final CountDownLatch opened = new CountDownLatch(1);

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            throw new UnsupportedOperationException("outcomes are a business's");
        }

        @Override
        public <T> T forTenant(UUID tenantId, Supplier<T> work) {
            open.set(new Committed(tenantId, new ArrayList<>()));
            opened.countDown();
            try {
                var result = work.get();
                synchronized (committed) {
                    committed.add(open.get());
                }
                return result;
            } finally {
                open.remove();
            }
        }

        void write(String write) {
            if (write.equals("broken")) {
                throw new IllegalStateException("cannot write " + write);
            }
            open.get().writes().add(write);
        }

        void awaitOpen() throws InterruptedException {
            assertThat(opened.await(10, TimeUnit.SECONDS)).isTrue();
        }

        boolean isCommitted(String write) {
            return committed().stream().anyMatch(transaction -> transaction.writes().contains(write));
        }

        List<Committed> committed() {
            synchronized (committed) {
                return List.copyOf(committed);
            }
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }

    private static void awaitUntil(Supplier<Boolean> condition) throws InterruptedException {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.get()) {
            assertThat(System.nanoTime()).as("in time").isLessThan(deadline);
            Thread.sleep(1);
        }
    }
}
