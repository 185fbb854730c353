package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The durable outbound queue, written in the same transaction as the change that causes the SMS. */
public interface SmsQueuePort {

    void enqueue(OutboundSms sms);

    /** Queues the messages in their order, which a store may do in one statement. */
    default void enqueueAll(List<OutboundSms> messages) {
        messages.forEach(this::enqueue);
    }

    /**
     * Queues a message of a purpose that goes at most once per ticket ({@link SmsPurpose#URGENT_ALERT}),
     * unless its ticket already has one: the store decides, so two instances never queue it twice.
     *
     * @return whether it was queued
     */
    boolean enqueueOncePerTicket(OutboundSms sms);

    /** What was already queued or sent for this ticket with this purpose (failed and cancelled excluded). */
    List<QueuedText> queuedFor(UUID ticketId, SmsPurpose purpose);

    /** Withdraws what is still waiting to go to this number for this purpose; sent messages stay sent. */
    int cancelPending(UUID customerId, PhoneNumber to, SmsPurpose purpose);

    /** @param goesOutAt when it went out, or, still waiting, when it is due to */
    record QueuedText(Instant goesOutAt, String body) {
    }
}
