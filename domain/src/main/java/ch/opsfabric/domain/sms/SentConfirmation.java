package ch.opsfabric.domain.sms;

import java.time.Instant;
import java.util.Objects;

/**
 * A confirmation already sent for a ticket, or queued for it.
 *
 * @param at when it went out or is scheduled to go out
 */
public record SentConfirmation(Instant at, SmsText text) {

    public SentConfirmation {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
    }
}
