package ch.opsfabric.application.staff;

import ch.opsfabric.application.port.in.ExportTicketsUseCase;
import ch.opsfabric.application.port.out.ExportTicketsPort;
import ch.opsfabric.domain.tenant.Tenant;

/** The list's filters over all of a tenant's tickets, without pages: the export reads them as a stream. */
public final class ExportTicketsService implements ExportTicketsUseCase {

    private final ExportTicketsPort tickets;

    public ExportTicketsService(ExportTicketsPort tickets) {
        this.tickets = tickets;
    }

    @Override
    public TicketExport export(Tenant tenant, ListTicketsQuery query) {
        // Resolved now, so a bad bound is refused with 422 before the download starts.
        var filter = query.filterIn(tenant.profile().timezone());
        return row -> tickets.eachNewestFirst(tenant.id(), filter, row);
    }
}
