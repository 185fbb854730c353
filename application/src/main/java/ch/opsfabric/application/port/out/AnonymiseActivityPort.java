package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Erases the personal data of rows that belong to no ticket (calls, SMS log, queued SMS and e-mails), following
 * {@link ch.opsfabric.domain.privacy.RetentionPolicy}, each by its own time.
 */
public interface AnonymiseActivityPort {

    /** The tenants with such rows still holding personal data from before {@code before}. */
    List<UUID> tenantsWithIdentifiableActivity(Instant before);

    /**
     * Claims up to {@code limit} of one tenant's rows per table from before {@code before} that still hold personal
     * data and are no longer waiting to be sent, skipping any another instance holds, and erases that data.
     *
     * @return how many rows were erased; 0 when none is left
     */
    int anonymiseBefore(UUID customerId, Instant before, int limit);
}
