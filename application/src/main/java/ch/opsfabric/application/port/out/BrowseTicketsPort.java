package ch.opsfabric.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Staff's read side of one tenant's tickets; nothing of another tenant is ever returned. */
public interface BrowseTicketsPort {

    /**
     * Up to {@code limit} tickets matching the filter in the given order (see {@link TicketOrder}), strictly
     * after {@code after} in that order when given.
     */
    List<TicketView> page(UUID customerId, TicketFilter filter, TicketOrder order, Optional<TicketPosition> after,
                          int limit);

    Optional<TicketView> one(UUID customerId, UUID ticketId);
}
