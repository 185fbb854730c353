package ch.opsfabric.application.support;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

/**
 * A window of work that mostly waits on a remote system, such as handing SMS to a provider: up to
 * {@code parallelism} actions run at once on the given threads, and {@link #run} waits for a free
 * place, so whoever hands in work never gets further ahead than the window. Closing waits for
 * everything handed in; every action is tried, and the first failure is thrown then, the others
 * attached to it.
 */
public final class Concurrently implements AutoCloseable {

    private final int parallelism;
    private final Semaphore places;
    private final Executor threads;
    private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

    /** @param threads where the actions run; it stays open when the window closes */
    public Concurrently(int parallelism, Executor threads) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        this.parallelism = parallelism;
        this.places = new Semaphore(parallelism);
        this.threads = threads;
    }

    /** Starts the action as soon as a place in the window is free. */
    public void run(Runnable action) {
        places.acquireUninterruptibly();
        try {
            threads.execute(() -> {
                try {
                    action.run();
                } catch (RuntimeException | Error failure) {
                    failures.add(failure);
                } finally {
                    places.release();
                }
            });
        } catch (RejectedExecutionException refused) {
            places.release();
            throw refused;
        }
    }

    /** Waits until every place is free again, that is until every action handed in has ended. */
    @Override
    public void close() {
        places.acquireUninterruptibly(parallelism);
        places.release(parallelism);
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
