package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.InboundEmailPort;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

/** The {@code inbound_emails} table: each e-mail once per business, by its provider's message id. */
@Singleton
class InboundEmailStore implements InboundEmailPort {

    private final Sql sql;

    InboundEmailStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean receivedFirstTime(UUID customerId, String messageId, Instant receivedAt) {
        return sql.update("""
                        INSERT INTO inbound_emails (customer_id, message_id, received_at) VALUES (?, ?, ?)
                        ON CONFLICT (customer_id, message_id) DO NOTHING""",
                customerId, messageId, receivedAt) == 1;
    }

    @Override
    public void landedIn(UUID customerId, String messageId, UUID ticketId) {
        sql.update("UPDATE inbound_emails SET ticket_id = ? WHERE customer_id = ? AND message_id = ?",
                ticketId, customerId, messageId);
    }
}
