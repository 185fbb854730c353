package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.ticket.Ticket;
import java.time.Instant;
import java.util.List;

/** Tickets still NEW after their SLA deadline that have had no reminder yet. */
public interface OverdueTicketsPort {

    /**
     * Marks up to {@code limit} such tickets as reminded and returns them; a ticket is returned to
     * exactly one caller, however many instances ask at once.
     */
    List<Ticket> claimOverdue(Instant now, int limit);
}
