package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.SlaWarningPort;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code tickets.sla_warned_at}: set once, by the one claim that warns. */
@Singleton
class SlaWarningStore implements SlaWarningPort {

    /** Still NEW, not warned and nobody wrote to the customer. */
    private static final String UNANSWERED = """
            status = 'NEW' AND sla_warned_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM ticket_events e
                            WHERE e.ticket_id = tickets.id AND e.event_type = 'message_sent')""";

    private final Sql sql;
    private final TicketStore tickets;

    SlaWarningStore(Sql sql, TicketStore tickets) {
        this.sql = sql;
        this.tickets = tickets;
    }

    @Override
    public List<UUID> tenantsWithUnwarned(Instant now) {
        return sql.list("SELECT DISTINCT customer_id FROM unwarned_ticket_owners WHERE sla_deadline > ?",
                Sql.CUSTOMER_ID, now);
    }

    @Override
    public List<Unanswered> unanswered(UUID customerId, Instant now, int limit) {
        return sql.list("SELECT " + TicketStore.COLUMNS + ", assigned_to FROM tickets WHERE customer_id = ? AND "
                        + UNANSWERED + " AND sla_deadline > ? ORDER BY sla_deadline, id LIMIT ?",
                row -> new Unanswered(tickets.ticket(row), row.getObject("assigned_to", UUID.class)),
                customerId, now, limit);
    }

    @Override
    public boolean claimWarning(UUID customerId, UUID ticketId, Instant now) {
        // The lock first, in a statement of its own: the update's check then sees what a claimer or a message
        // that held the ticket before committed, so a second claimer and a warning after an answer find nothing.
        var locked = sql.one("SELECT id FROM tickets WHERE id = ? AND customer_id = ? FOR UPDATE",
                row -> row.getObject("id", UUID.class), ticketId, customerId);
        return locked.isPresent() && sql.update("UPDATE tickets SET sla_warned_at = ? WHERE id = ? AND customer_id = ? AND "
                + UNANSWERED, now, ticketId, customerId) == 1;
    }
}
