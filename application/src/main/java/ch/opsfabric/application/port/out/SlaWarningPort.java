package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.ticket.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Tickets still unanswered before their SLA deadline, and the one mark that they were warned about. */
public interface SlaWarningPort {

    /** The tenants with NEW, unwarned tickets whose deadline is after {@code now}. */
    List<UUID> tenantsWithUnwarned(Instant now);

    /**
     * One tenant's unanswered tickets (NEW, no message to the customer, not warned) whose deadline is after
     * {@code now}, earliest deadline first.
     */
    List<Unanswered> unanswered(UUID customerId, Instant now, int limit);

    /**
     * Marks the ticket warned if it is still unanswered and unwarned; true for exactly one caller, however many
     * instances try at once.
     */
    boolean claimWarning(UUID customerId, UUID ticketId, Instant now);

    /** @param assignedTo the staff member the ticket is assigned to, null for nobody */
    record Unanswered(Ticket ticket, UUID assignedTo) {

        public Unanswered {
            Objects.requireNonNull(ticket, "ticket");
        }
    }
}
