package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.sms.SmsEncoding;
import java.time.Instant;
import java.util.Objects;

/**
 * A message queued for the customer.
 *
 * @param entry    the message as it stands in the ticket's timeline
 * @param encoding for an SMS, GSM-7 or UCS-2; null for an e-mail
 * @param segments for an SMS, what it is billed as; 0 for an e-mail
 * @param dueAt    when it goes out at the earliest
 */
public record SentMessage(TimelineEntry entry, MessageCommand.Channel channel, SmsEncoding encoding, int segments,
                          Instant dueAt, boolean urgent) {

    public SentMessage {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
