package ch.opsfabric.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.fakes.Latches;
import ch.opsfabric.application.support.Concurrently;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link Concurrently}: several actions at once, never more than asked, handing in waits for a free
 * place, and no failure swallowed.
 */
class RunningConcurrentlyTest {

    private static final List<Integer> TWENTY = IntStream.rangeClosed(1, 20).boxed().toList();
    private static final Executor A_THREAD_EACH = action -> Thread.ofVirtual().start(action);

    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlock or a lost wake-up fails the test instead of hanging the build
    @Test
    void items_run_at_the_same_time_when_parallelism_allows() throws InterruptedException {
        var allFourStarted = new CountDownLatch(4);
        var metAll = new AtomicInteger();

        try (var window = new Concurrently(4, A_THREAD_EACH)) {
            for (int item = 0; item < 4; item++) {
                window.run(() -> {
                    allFourStarted.countDown();
                    // Run one after the other, the first would wait here in vain.
                    if (Latches.opened(allFourStarted)) {
                        metAll.incrementAndGet();
                    }
                });
            }
        }

        assertThat(metAll).hasValue(4);
    }

    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlock or a lost wake-up fails the test instead of hanging the build
    @Test
    void never_more_items_run_at_once_than_the_parallelism() {
        var running = new AtomicInteger();
        var most = new AtomicInteger();

        try (var window = new Concurrently(3, A_THREAD_EACH)) {
            TWENTY.forEach(item -> window.run(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                Thread.yield();
                running.decrementAndGet();
            }));
        }

        assertThat(most.get()).isBetween(1, 3);
    }

    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlock or a lost wake-up fails the test instead of hanging the build
    @Test
    void handing_in_waits_while_the_window_is_full() throws InterruptedException {
        var release = new CountDownLatch(1);
        var bothRunning = new CountDownLatch(2);
        var handedIn = new AtomicInteger();

        try (var window = new Concurrently(2, A_THREAD_EACH)) {
            var submitter = Thread.ofPlatform().start(() -> {
                for (int item = 0; item < 3; item++) {
                    window.run(() -> {
                        bothRunning.countDown();
                        Latches.opened(release);
                    });
                    handedIn.incrementAndGet();
                }
            });
            Latches.opened(bothRunning);
            // Both places are taken until released: the submitter parks handing in the third.
            while (handedIn.get() < 2 || submitter.getState() != Thread.State.WAITING
                    && submitter.getState() != Thread.State.TERMINATED) {
                Thread.onSpinWait();
            }
            assertThat(handedIn).hasValue(2);
            release.countDown();
            submitter.join();
        }

        assertThat(handedIn).hasValue(3);
    }

    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlock or a lost wake-up fails the test instead of hanging the build
    @Test
    void every_item_is_tried_and_the_failures_are_thrown_afterwards() {
        var tried = ConcurrentHashMap.<Integer>newKeySet();

        assertThatThrownBy(() -> {
            try (var window = new Concurrently(4, A_THREAD_EACH)) {
                TWENTY.forEach(item -> window.run(() -> {
                    tried.add(item);
                    if (item % 10 == 0) {
                        throw new IllegalStateException("item " + item + " failed");
                    }
                }));
            }
        })
                .isInstanceOf(IllegalStateException.class)
                .satisfies(failure -> assertThat(Set.of(failure.getMessage(), failure.getSuppressed()[0].getMessage()))
                        .containsExactlyInAnyOrder("item 10 failed", "item 20 failed"));
        assertThat(tried).containsExactlyInAnyOrderElementsOf(TWENTY);
    }

    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlock or a lost wake-up fails the test instead of hanging the build
    @Test
    void on_given_threads_closing_waits_for_every_action_and_leaves_the_threads_to_their_owner() {
        var done = new AtomicInteger();
        var threads = Executors.newCachedThreadPool();
        try {
            try (var window = new Concurrently(3, threads)) {
                TWENTY.forEach(item -> window.run(() -> {
                    Thread.yield();
                    done.incrementAndGet();
                }));
            }

            assertThat(done).hasValue(TWENTY.size());
            assertThat(threads.isShutdown()).isFalse();
        } finally {
            threads.shutdown();
        }
    }
}
