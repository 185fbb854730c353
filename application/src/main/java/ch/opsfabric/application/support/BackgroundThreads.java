package ch.opsfabric.application.support;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Threads for work that may wait while the machine is busy with requests, such as handing queued SMS
 * to the provider and recording what it answered: platform threads of the lowest priority, which the
 * JVM's priority policy in bootstrap/jvm.options hands to the operating system, so that when the
 * cores are saturated a customer's request is served first and the queue drains with the CPU left.
 * Kept for reuse; an idle one ends after a minute.
 */
public final class BackgroundThreads {

    private BackgroundThreads() {
    }

    /** A pool whose threads are named {@code prefix} and a number. */
    public static ExecutorService named(String prefix) {
        return Executors.newCachedThreadPool(
                Thread.ofPlatform().name(prefix, 0).priority(Thread.MIN_PRIORITY).daemon(true).factory());
    }
}
