package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.ConsentPort;
import ch.opsfabric.application.port.out.ConsentVersion;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

/** {@code tickets.consent_version} and {@code consented_at}, written in the intake's transaction. */
@Singleton
class ConsentStore implements ConsentPort {

    private final Sql sql;

    ConsentStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void recordConsent(UUID customerId, UUID ticketId, ConsentVersion version, Instant at) {
        // Not finding the ticket rolls the intake back: a wizard ticket is never stored without its consent.
        sql.updateWithNext("ticket " + ticketId + " vanished before its consent was recorded",
                "UPDATE tickets SET consent_version = ?, consented_at = ? WHERE id = ? AND customer_id = ?",
                version.value(), at, ticketId, customerId);
    }
}
