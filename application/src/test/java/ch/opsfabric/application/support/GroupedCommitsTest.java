package ch.opsfabric.application.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import ch.opsfabric.application.port.ServiceUnavailable;
import ch.opsfabric.application.port.out.Transactions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GroupedCommitsTest {

    private static final UUID AEBI = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID BRUNNER = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

    private final CommittingTransactions transactions = new CommittingTransactions();
    private final GroupedCommits<Runnable, Void> commits = GroupedCommits.ofWrites(transactions, 50,
            work -> Thread.ofVirtual().start(work));

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
    void when_the_database_cannot_be_reached_the_whole_group_fails_at_once_without_trying_each_alone()
            throws InterruptedException {
        var failures = new ConcurrentLinkedQueue<String>();
        var attempts = new AtomicInteger();

        queuedBehindAnOpenGroup(Stream.of("sent 1", "sent 2", "sent 3").<Runnable>map(write -> () -> {
            try {
                commits.commit(AEBI, () -> {
                    attempts.incrementAndGet();
                    throw new ServiceUnavailable("the database cannot be reached", new IllegalStateException(write));
                });
            } catch (ServiceUnavailable failed) {
                failures.add(failed.getMessage());
            }
        }).toList());

        assertThat(failures).hasSize(3).containsOnly("the database cannot be reached");
        assertThat(attempts).hasValue(1);
    }

    @Test
    void writes_of_different_businesses_never_share_a_transaction() {
        IntStream.range(0, 20).parallel().forEach(n ->
                commits.commit(n % 2 == 0 ? AEBI : BRUNNER, () -> transactions.write((n % 2 == 0 ? "aebi " : "brunner ") + n)));

        assertThat(transactions.committed()).allSatisfy(committed -> assertThat(committed.writes())
                .allMatch(write -> write.startsWith(committed.tenant().equals(AEBI) ? "aebi" : "brunner")));
        assertThat(transactions.committed()).flatExtracting(Committed::writes).hasSize(20);
    }

    @Test
    void each_caller_gets_the_result_of_its_own_work_from_the_group_that_did_it() throws InterruptedException {
        var release = new CountDownLatch(1);
        var groups = new ConcurrentLinkedQueue<List<String>>();
        var shouting = new GroupedCommits<String, String>(transactions, 50, 1, inputs -> {
            groups.add(inputs);
            if (inputs.contains("first")) {
                awaitUninterruptibly(release);
            }
            return inputs.stream().map(String::toUpperCase).toList();
        }, work -> Thread.ofVirtual().start(work));
        var answers = new ConcurrentLinkedQueue<String>();

        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            threads.execute(() -> answers.add(shouting.commit(AEBI, "first")));
            transactions.awaitOpen();
            Stream.of("a", "b", "c").forEach(input -> threads.execute(() -> answers.add(input + "=" + shouting.commit(AEBI, input))));
            awaitUntil(() -> shouting.queued(AEBI) == 3);
            release.countDown();
        }

        assertThat(answers).containsExactlyInAnyOrder("FIRST", "a=A", "b=B", "c=C");
        assertThat(groups).hasSize(2).last().asInstanceOf(LIST).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void a_caller_returns_once_its_own_work_is_committed_and_what_queued_behind_it_is_handed_on()
            throws InterruptedException {
        var handedOn = new LinkedBlockingQueue<Runnable>();
        var handingOn = GroupedCommits.ofWrites(transactions, 50, handedOn::add);
        var firstReturned = new CountDownLatch(1);

        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var allQueued = new CountDownLatch(1);
            threads.execute(() -> {
                handingOn.commit(AEBI, () -> {
                    awaitUninterruptibly(allQueued);
                    transactions.write("first");
                });
                firstReturned.countDown();
            });
            transactions.awaitOpen();
            IntStream.rangeClosed(1, 5).forEach(n -> threads.execute(() ->
                    handingOn.commit(AEBI, () -> transactions.write("sent " + n))));
            awaitUntil(() -> handingOn.queued(AEBI) == 5);
            allQueued.countDown();

            assertThat(firstReturned.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(transactions.committed()).flatExtracting(Committed::writes).containsExactly("first");
            handedOn.take().run();
        }

        assertThat(transactions.committed()).hasSize(2);
        assertThat(transactions.committed().get(1).writes()).hasSize(5);
    }

    @Test
    void with_two_writers_a_business_has_a_second_group_written_while_the_first_is_still_open() {
        var secondOpen = new CountDownLatch(1);
        var twoAtOnce = new GroupedCommits<String, String>(transactions, 50, 2, inputs -> {
            if (inputs.contains("first")) {
                awaitUninterruptibly(secondOpen);
            } else {
                secondOpen.countDown();
            }
            return inputs;
        }, work -> Thread.ofVirtual().start(work));

        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var first = threads.submit(() -> twoAtOnce.commit(AEBI, "first"));
            var second = threads.submit(() -> twoAtOnce.commit(AEBI, "second"));

            assertThat(first).succeedsWithin(Duration.ofSeconds(10)).isEqualTo("first");
            assertThat(second).succeedsWithin(Duration.ofSeconds(10)).isEqualTo("second");
        }
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
