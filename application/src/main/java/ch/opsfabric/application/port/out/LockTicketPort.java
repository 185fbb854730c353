package ch.opsfabric.application.port.out;

import java.util.Optional;
import java.util.UUID;

/** Takes one ticket for a change, so two staff members editing it at once are applied one after the other. */
public interface LockTicketPort {

    /** The tenant's ticket, locked until the surrounding transaction ends; empty for another tenant's. */
    Optional<TicketView> lock(UUID customerId, UUID ticketId);
}
