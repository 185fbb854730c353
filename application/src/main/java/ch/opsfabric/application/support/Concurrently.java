package ch.opsfabric.application.support;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Runs an action for each item with up to {@code parallelism} at a time, on virtual threads: for
 * work that mostly waits on a remote system, such as handing SMS to a provider. Every item is
 * tried; the first failure is thrown afterwards, the others attached to it.
 */
public final class Concurrently {

    private Concurrently() {
    }

    public static <T> void forEach(List<T> items, int parallelism, Consumer<T> action) {
        if (items.size() <= 1 || parallelism <= 1) {
            items.forEach(action);
            return;
        }
        var permits = new Semaphore(parallelism);
        var failures = new ConcurrentLinkedQueue<Throwable>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var item : items) {
                permits.acquireUninterruptibly();
                threads.execute(() -> {
                    try {
                        action.accept(item);
                    } catch (RuntimeException | Error failure) {
                        failures.add(failure);
                    } finally {
                        permits.release();
                    }
                });
            }
        }
        var first = failures.poll();
        if (first != null) {
            failures.forEach(first::addSuppressed);
            if (first instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) first;
        }
    }
}
