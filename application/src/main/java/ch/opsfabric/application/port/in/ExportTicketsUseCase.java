package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.tenant.Tenant;

/** Every ticket of one tenant matching the list's filters, for download ({@code GET /api/tickets/export}). */
public interface ExportTicketsUseCase {

    /**
     * Checks the query at once (an invalid one is refused before anything is written) and returns
     * the export, whose rows are read only while it is written.
     */
    TicketExport export(Tenant tenant, ListTicketsQuery query);
}
