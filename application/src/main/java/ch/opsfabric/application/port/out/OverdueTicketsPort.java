package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.ticket.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Tickets still NEW after their SLA deadline that have had no reminder yet. */
public interface OverdueTicketsPort {

    /** The tenants with such tickets as of {@code now}. */
    List<UUID> tenantsWithOverdue(Instant now);

    /**
     * Marks up to {@code limit} of one tenant's such tickets as reminded and returns them; a ticket
     * is returned to exactly one caller, however many instances ask at once.
     */
    List<Ticket> claimOverdue(UUID customerId, Instant now, int limit);
}
