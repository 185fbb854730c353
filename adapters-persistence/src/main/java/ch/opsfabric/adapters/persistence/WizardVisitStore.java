package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.WizardVisitPort;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code wizard_visits}: one row per opened wizard, the captured rate's denominator,
 * marked when it led to a request.
 */
@Singleton
class WizardVisitStore implements WizardVisitPort {

    private final Sql sql;

    WizardVisitStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void record(UUID visitId, UUID customerId, Instant at) {
        sql.update("INSERT INTO wizard_visits (id, customer_id, visited_at) VALUES (?, ?, ?)", visitId, customerId, at);
    }

    @Override
    public void markSubmitted(UUID customerId, UUID visitId) {
        sql.update("UPDATE wizard_visits SET submitted = true WHERE id = ? AND customer_id = ? AND NOT submitted",
                visitId, customerId);
    }
}
