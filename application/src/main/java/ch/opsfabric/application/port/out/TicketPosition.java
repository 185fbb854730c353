package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A place in the newest-first order of tickets (created_at, then id as tie-breaker). A page
 * continues strictly after the position of its predecessor's last ticket, so tickets created
 * meanwhile (always newer) never shift, repeat or hide what the following pages hold.
 */
public record TicketPosition(Instant createdAt, UUID id) {

    public TicketPosition {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }

    public static TicketPosition of(TicketView view) {
        return new TicketPosition(view.ticket().createdAt(), view.ticket().id());
    }
}
