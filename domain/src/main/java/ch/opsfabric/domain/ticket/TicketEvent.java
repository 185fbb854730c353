package ch.opsfabric.domain.ticket;

import ch.opsfabric.domain.Maps;
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
        metadata = Maps.frozen(metadata);
    }

    public static TicketEvent of(UUID ticketId, EventType type, String oldValue, String newValue, Instant at) {
        return new TicketEvent(ticketId, type, oldValue, newValue, Map.of(), at);
    }
}
