package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.tenant.Tenant;
import java.util.UUID;

/** Staff's view of their business's tickets: a filtered, searchable list in pages, and one ticket with its history. */
public interface BrowseTicketsUseCase {

    TicketPage list(Tenant tenant, ListTicketsQuery query);

    /** @throws ch.opsfabric.application.port.NotFound for an unknown id or another tenant's ticket alike */
    TicketDetail detail(Tenant tenant, UUID ticketId);
}
