package ch.opsfabric.domain.sms;

import java.util.Objects;

/**
 * A confirmation about to be sent for a ticket.
 *
 * @param urgent whether the ticket's urgency is HIGH
 */
public record Confirmation(SmsText text, boolean urgent) {

    public Confirmation {
        Objects.requireNonNull(text, "text");
    }
}
