package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.email.TicketReference;
import ch.opsfabric.domain.ticket.Ticket;
import java.util.Optional;
import java.util.UUID;

/** Finds the ticket an e-mail reply names. */
public interface TicketReferencePort {

    /** The business's open ticket with this reference, locked until the surrounding transaction ends. */
    Optional<Ticket> lockOpenByReference(UUID customerId, TicketReference reference);
}
