package ch.opsfabric.domain.ticket;

import ch.opsfabric.domain.Maps;
import java.util.Map;
import java.util.Objects;

/**
 * What one inbound item (wizard post, SMS reply, manual entry) asks for, before it is known
 * whether it opens a ticket or joins an open one.
 */
public record Inquiry(TicketSource source, String intent, Urgency urgency, Contact contact,
                      String summary, Map<String, Object> metadata) {

    public Inquiry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(contact, "contact");
        intent = intent == null || intent.isBlank() ? null : intent.strip();
        summary = summary == null ? "" : summary.strip();
        metadata = Maps.frozen(metadata);
    }
}
