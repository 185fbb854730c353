package ch.opsfabric.adapters.email;

import ch.opsfabric.application.port.out.TicketRoutingPort;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Ticket;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes tickets to the business's primary inbox by writing the routing notice to the log. This is
 * what the service does while no mail server is configured; the subject line is the one the
 * routing e-mail carries (seeds 02 §4.2).
 */
@Singleton
class LoggingTicketRouter implements TicketRoutingPort {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingTicketRouter.class);

    @Override
    public void route(Tenant tenant, Ticket ticket, Reason reason) {
        LOG.info("Routing {} to {}: [OpsFabric] Neue Anfrage: {} — {} (ticket {})", reason, tenant.profile().email(),
                ticket.intent() == null ? ticket.source().code() : ticket.intent(), ticket.urgency(), ticket.id());
    }
}
