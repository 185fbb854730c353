package ch.opsfabric.domain.ticket;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** One entry of a ticket's audit log: what happened, from which value to which, and when. */
public record TicketEvent(UUID ticketId, EventType type, String oldValue, String newValue,
                          Map<String, Object> metadata, Instant at) {

    public TicketEvent {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public static TicketEvent of(UUID ticketId, EventType type, String oldValue, String newValue, Instant at) {
        return new TicketEvent(ticketId, type, oldValue, newValue, Map.of(), at);
    }
}
