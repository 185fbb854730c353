package ch.opsfabric.application.staff;

import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.in.BrowseTicketsUseCase;
import ch.opsfabric.application.port.in.ListTicketsQuery;
import ch.opsfabric.application.port.in.TicketDetail;
import ch.opsfabric.application.port.in.TicketPage;
import ch.opsfabric.application.port.out.BrowseTicketsPort;
import ch.opsfabric.application.port.out.TicketPosition;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.tenant.Tenant;
import java.util.Optional;
import java.util.UUID;

/** Pages through a tenant's tickets by position (keyset), never by offset, and shows one with its history. */
public final class BrowseTicketsService implements BrowseTicketsUseCase {

    private final Transactions transactions;
    private final BrowseTicketsPort tickets;
    private final TicketDetails details;

    public BrowseTicketsService(Transactions transactions, BrowseTicketsPort tickets, TicketDetails details) {
        this.transactions = transactions;
        this.tickets = tickets;
        this.details = details;
    }

    @Override
    public TicketPage list(Tenant tenant, ListTicketsQuery query) {
        var filter = query.filterIn(tenant.profile().timezone());
        // One ticket more than asked tells whether another page follows, without counting.
        var found = transactions.forTenant(tenant.id(),
                () -> tickets.page(tenant.id(), filter, query.order(), query.after(), query.limit() + 1));
        if (found.size() <= query.limit()) {
            return new TicketPage(found, Optional.empty());
        }
        var page = found.subList(0, query.limit());
        return new TicketPage(page, Optional.of(TicketPosition.of(page.getLast(), query.order())));
    }

    @Override
    public TicketDetail detail(Tenant tenant, UUID ticketId) {
        return transactions.forTenant(tenant.id(), () -> {
            var view = tickets.one(tenant.id(), ticketId).orElseThrow(() -> noSuchTicket(ticketId));
            return details.of(view);
        });
    }

    /** The same answer for an unknown id and another tenant's ticket: existence is not revealed. */
    static NotFound noSuchTicket(UUID ticketId) {
        return new NotFound("no ticket with id " + ticketId);
    }
}
