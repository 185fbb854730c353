package ch.opsfabric.application.port.out;

import java.util.UUID;
import java.util.function.Consumer;

/** Reads all of one tenant's matching tickets as a stream, never all of them into memory at once. */
public interface ExportTicketsPort {

    /** Newest first (created_at, then id, both descending), like the list; nothing of another tenant. */
    void eachNewestFirst(UUID customerId, TicketFilter filter, Consumer<TicketView> row);
}
