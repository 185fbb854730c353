package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Delivery reports that arrived before the send they are about was logged: a provider may report
 * while the dispatcher is still recording that it accepted the message. They are kept, without any
 * tenant, until the send is on record, then taken in that tenant's transaction and acted on.
 */
public interface EarlyDeliveryReportsPort {

    /** A report kept for a send that is now logged, and the tenant that sent it. */
    record Matched(UUID customerId, String providerId) {
    }

    void keep(DeliveryReport report, Instant receivedAt);

    /** Kept reports whose send has been logged meanwhile, at most {@code limit} of them. */
    List<Matched> matched(int limit);

    /**
     * Removes and answers the reports kept for this provider id, in the order they arrived; empty
     * when there are none or another instance took them first. Runs in the sending tenant's transaction.
     */
    List<DeliveryReport> take(String providerId);

    /** Forgets reports that no logged send has claimed since before {@code cutoff}: another system's messages. */
    int forgetReceivedBefore(Instant cutoff);
}
