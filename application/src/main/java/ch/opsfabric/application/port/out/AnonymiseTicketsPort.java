package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Erases the personal data of idle tickets, following {@link ch.opsfabric.domain.privacy.RetentionPolicy}. */
public interface AnonymiseTicketsPort {

    /** The tenants with tickets not yet anonymised whose last change lies before {@code idleSince}. */
    List<UUID> tenantsWithIdle(Instant idleSince);

    /**
     * Claims up to {@code limit} of one tenant's tickets not yet anonymised whose last activity lies before
     * {@code idleSince}, skipping any another instance holds, and erases their personal data in
     * the ticket, its events, its SMS and its e-mails, marking each anonymised at {@code now}.
     *
     * @return the tickets anonymised; fewer than {@code limit} when no more are due
     */
    List<UUID> anonymiseIdle(UUID customerId, Instant idleSince, Instant now, int limit);
}
