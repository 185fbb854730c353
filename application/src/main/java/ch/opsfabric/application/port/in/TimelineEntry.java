package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.TicketEvent;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of a ticket's timeline: an entry of its log, read as an internal note, a message to or from the
 * customer, or any other event.
 *
 * @param deliveryStatus for an SMS to the customer, what became of it (see
 *                       {@link ch.opsfabric.application.port.out.SmsDeliveryPort.SmsDelivery}); else null
 */
public record TimelineEntry(TicketEvent event, String deliveryStatus) {

    private static final Set<EventType> OUTBOUND = EnumSet.of(EventType.MESSAGE_SENT, EventType.SMS_SENT);
    private static final Set<EventType> INBOUND = EnumSet.of(EventType.MESSAGE_RECEIVED, EventType.SMS_RECEIVED);

    public enum Kind { EVENT, NOTE, MESSAGE }

    public TimelineEntry {
        Objects.requireNonNull(event, "event");
    }

    public Kind kind() {
        if (event.type() == EventType.NOTE_ADDED) {
            return Kind.NOTE;
        }
        return OUTBOUND.contains(event.type()) || INBOUND.contains(event.type()) ? Kind.MESSAGE : Kind.EVENT;
    }

    /** {@code out} or {@code in} for a message, else empty. */
    public Optional<String> direction() {
        return OUTBOUND.contains(event.type()) ? Optional.of("out")
                : INBOUND.contains(event.type()) ? Optional.of("in") : Optional.empty();
    }

    /** The channel of a message: what staff chose, else SMS (the service's own messages are SMS). */
    public Optional<String> channel() {
        return direction().map(any -> String.valueOf(event.metadata().getOrDefault("channel", "sms")));
    }

    /** What was written: the note's or the message's text; a system SMS's log entry names only its purpose. */
    public Optional<String> text() {
        var written = event.type() == EventType.NOTE_ADDED || event.type() == EventType.MESSAGE_SENT
                || INBOUND.contains(event.type());
        return written ? Optional.ofNullable(event.newValue()) : Optional.empty();
    }
}
