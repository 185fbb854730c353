package ch.opsfabric.application.fakes;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Waiting for other threads in tests that show work running at the same time. */
public final class Latches {

    private Latches() {
    }

    /** Whether the latch opened within ten seconds: work run one item after another never opens it. */
    public static boolean opened(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
