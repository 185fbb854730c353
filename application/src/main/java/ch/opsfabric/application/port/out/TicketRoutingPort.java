package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Ticket;

/** Tells the business about a ticket in its one primary inbox (seeds 02 §4). */
public interface TicketRoutingPort {

    enum Reason { NEW_TICKET, RAISED_TO_HIGH }

    void route(Tenant tenant, Ticket ticket, Reason reason);
}
