package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Assignment by load (docs/domain-rules.md, Assignment). */
@FunctionalInterface
public interface AssignByLoadPort {

    /**
     * Assigns the ticket to the business's active staff member with the fewest open tickets (ties: the one
     * assigned longest ago) and returns that person; none when the business has no active staff member.
     * Concurrent calls for one business are served one after the other, so each counts the others' tickets.
     */
    Optional<UUID> assignLeastOpen(UUID customerId, UUID ticketId, Instant now);
}
