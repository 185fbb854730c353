package ch.opsfabric.domain.ticket;

import ch.opsfabric.domain.Maps;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of a ticket's audit log: what happened, from which value to which, when, and who did it.
 * Entries are made as the service's own ({@link Actor#SYSTEM}); the use case that acts for a person
 * names them with {@link #by}.
 */
public record TicketEvent(UUID ticketId, EventType type, String oldValue, String newValue,
                          Map<String, Object> metadata, Instant at, Actor actor) {

    public TicketEvent {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        metadata = Maps.frozen(metadata);
    }

    public TicketEvent(UUID ticketId, EventType type, String oldValue, String newValue,
                       Map<String, Object> metadata, Instant at) {
        this(ticketId, type, oldValue, newValue, metadata, at, Actor.SYSTEM);
    }

    public TicketEvent by(Actor who) {
        return new TicketEvent(ticketId, type, oldValue, newValue, metadata, at, who);
    }

    public static TicketEvent of(UUID ticketId, EventType type, String oldValue, String newValue, Instant at) {
        return new TicketEvent(ticketId, type, oldValue, newValue, Map.of(), at);
    }
}
