package ch.opsfabric.application.port.out;

import java.util.List;

/** The durable e-mail queue, written in the same transaction as the change the e-mail reports. */
public interface EmailQueuePort {

    void enqueue(OutboundEmail email);

    /** Queues the e-mails in their order, which a store may do in one statement. */
    default void enqueueAll(List<OutboundEmail> emails) {
        emails.forEach(this::enqueue);
    }
}
