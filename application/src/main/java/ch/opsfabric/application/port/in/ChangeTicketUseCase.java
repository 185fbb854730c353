package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Actor;

/**
 * Staff move a ticket along its lifecycle, set its appointment and correct its contact and
 * summary, all at once or not at all. A refused status move is an outcome, not an error.
 */
public interface ChangeTicketUseCase {

    /** @param actor who makes the change; its log entries name them */
    ChangeOutcome change(Tenant tenant, Actor actor, ChangeTicketCommand command);
}
