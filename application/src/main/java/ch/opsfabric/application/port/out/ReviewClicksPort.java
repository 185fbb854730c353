package ch.opsfabric.application.port.out;

import java.util.Optional;
import java.util.UUID;

/** The tracking links sent in review SMS, and whether their customer opened one. */
public interface ReviewClicksPort {

    Optional<SentReviewLink> byToken(String token);

    /** @return true only for the first click on the ticket's link, however many arrive at once */
    boolean markClicked(UUID customerId, UUID ticketId);

    record SentReviewLink(UUID customerId, UUID ticketId) {
    }
}
