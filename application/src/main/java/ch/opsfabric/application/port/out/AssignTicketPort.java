package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.UUID;

/** Staff assign a ticket by hand. */
@FunctionalInterface
public interface AssignTicketPort {

    /** @param staffMemberId the new assignee, null for nobody */
    void assign(UUID customerId, UUID ticketId, UUID staffMemberId, Instant now);
}
