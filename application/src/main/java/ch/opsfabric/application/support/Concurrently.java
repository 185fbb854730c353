package ch.opsfabric.application.support;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * A window of work that mostly waits on a remote system, such as handing SMS to a provider: up to
 * {@code parallelism} actions run at once on virtual threads, and {@link #run} waits for a free place,
 * so whoever hands in work never gets further ahead than the window. Closing waits for everything
 * handed in; every action is tried, and the first failure is thrown then, the others attached to it.
 */
public final class Concurrently implements AutoCloseable {

    private final Semaphore places;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

    public Concurrently(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        places = new Semaphore(parallelism);
    }

    /** Starts the action as soon as a place in the window is free. */
    public void run(Runnable action) {
        places.acquireUninterruptibly();
        threads.execute(() -> {
            try {
                action.run();
            } catch (RuntimeException | Error failure) {
                failures.add(failure);
            } finally {
                places.release();
            }
        });
    }

    @Override
    public void close() {
        threads.close();
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
