package ch.opsfabric.application.sms;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The businesses of a dispatch round whose claimed batch is not yet all answered and recorded. A round
 * claims a business's next batch only once its last one is through, so one business's messages (say, a
 * sender held to {@code SMS_SENDER_MPS}) never fill the window the others share, while the round goes on
 * claiming for the businesses that are through instead of waiting for all of them at once.
 */
final class BatchesInFlight {

    private final Map<UUID, Integer> unfinished = new HashMap<>();

    /** A claim of nothing leaves the business as it was: a batch of none would never finish. */
    synchronized void claimed(UUID tenantId, int messages) {
        if (messages > 0) {
            unfinished.merge(tenantId, messages, Integer::sum);
        }
    }

    synchronized void finished(UUID tenantId) {
        if (unfinished.merge(tenantId, -1, Integer::sum) == 0) {
            unfinished.remove(tenantId);
            notifyAll();
        }
    }

    synchronized boolean isUnfinished(UUID tenantId) {
        return unfinished.containsKey(tenantId);
    }

    /** Waits until some business's batch is through; false at once when none is unfinished. */
    synchronized boolean awaitOneFinished() {
        if (unfinished.isEmpty()) {
            return false;
        }
        var before = unfinished.size();
        while (unfinished.size() == before) {
            try {
                wait();
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
