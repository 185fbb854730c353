package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.ticket.TicketSource;

/**
 * Counts what became of inquiries for the operator's metrics, once the ticket is stored. Only for
 * channels whose entry point cannot see the outcome itself (an SMS reply's webhook answers the same
 * whatever the reply did); the intake routes count at the route.
 */
public interface IntakeCountsPort {

    void count(TicketSource source, IntakeResult result);

    enum IntakeResult { CREATED, JOINED }
}
