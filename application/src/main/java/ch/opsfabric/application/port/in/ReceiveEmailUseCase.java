package ch.opsfabric.application.port.in;

import ch.opsfabric.application.port.NotFound;

/** Takes in an e-mail a customer sent to a business's inbound address (docs/domain-rules.md, E-mail intake). */
public interface ReceiveEmailUseCase {

    /** @throws NotFound when no recipient is a business's inbound address */
    EmailOutcome receive(EmailCommand email);

    enum EmailOutcome {
        /** A new ticket; the customer gets a confirmation by e-mail. */
        OPENED_TICKET,
        /** A reply to our e-mail or a same-day repeat, added to the customer's open ticket. */
        JOINED_TICKET,
        /** An auto-reply, bounce or bulk mail: nothing stored, nothing answered. */
        DROPPED_AUTOMATIC,
        /** A delivery of an e-mail already taken in. */
        ALREADY_RECEIVED
    }
}
