package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Stream events past their retention. */
public interface ExpiredStreamEventsPort {

    /** The businesses with events from before {@code cutoff}; asked outside any tenant's transaction. */
    List<UUID> tenantsWithEventsBefore(Instant cutoff);

    /** Deletes one business's events from before {@code cutoff}, within its transaction; answers how many. */
    int deleteBefore(UUID customerId, Instant cutoff);
}
