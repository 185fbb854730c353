package ch.opsfabric.application.staff;

import ch.opsfabric.application.port.in.ExportTicketsUseCase;
import ch.opsfabric.application.port.in.ListTicketsQuery;
import ch.opsfabric.application.port.in.TicketExport;
import ch.opsfabric.application.port.out.ExportTicketsPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.tenant.Tenant;

/** The list's filters over all of a tenant's tickets, without pages: the export reads them as a stream. */
public final class ExportTicketsService implements ExportTicketsUseCase {

    private final Transactions transactions;
    private final ExportTicketsPort tickets;

    public ExportTicketsService(Transactions transactions, ExportTicketsPort tickets) {
        this.transactions = transactions;
        this.tickets = tickets;
    }

    @Override
    public TicketExport export(Tenant tenant, ListTicketsQuery query) {
        // Resolved now, so a bad bound is refused with 422 before the download starts.
        var filter = query.filterIn(tenant.profile().timezone());
        // Read later, on whichever thread writes the download: the tenant goes with the reading.
        return row -> transactions.forTenant(tenant.id(), () -> {
            tickets.eachNewestFirst(tenant.id(), filter, row);
        });
    }
}
