package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.UUID;

/** The inbound e-mails a business received, each once by its provider's message id. */
public interface InboundEmailPort {

    /**
     * Records the e-mail unless it was received before (or is being received concurrently, in which
     * case this waits for that transaction).
     *
     * @return false for an e-mail received before
     */
    boolean receivedFirstTime(UUID customerId, String messageId, Instant receivedAt);

    /** Notes the ticket the e-mail went to. */
    void landedIn(UUID customerId, String messageId, UUID ticketId);
}
