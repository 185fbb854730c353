package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.AppointmentPort;
import ch.opsfabric.application.port.out.BrowseTicketsPort;
import ch.opsfabric.application.port.out.LockTicketPort;
import ch.opsfabric.application.port.out.TicketHistoryPort;
import ch.opsfabric.application.port.out.TicketOrder;
import ch.opsfabric.application.port.out.TicketFilter;
import ch.opsfabric.application.port.out.TicketPosition;
import ch.opsfabric.application.port.out.TicketView;
import ch.opsfabric.domain.ticket.Actor;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.TicketEvent;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The staff API's side of {@code tickets} and {@code ticket_events}. Every statement carries the
 * tenant's {@code customer_id}, so another tenant's ticket id finds nothing rather than its data.
 */
@Singleton
class StaffTicketStore implements BrowseTicketsPort, LockTicketPort, AppointmentPort, TicketHistoryPort {

    private static final String VIEW_COLUMNS = TicketStore.COLUMNS
            + ", scheduled_at, review_request_sent_at, review_clicked, assigned_to";

    private final Sql sql;
    private final TicketStore tickets;
    private final JsonColumns json;

    StaffTicketStore(Sql sql, TicketStore tickets, JsonColumns json) {
        this.sql = sql;
        this.tickets = tickets;
        this.json = json;
    }

    @Override
    public List<TicketView> page(UUID customerId, TicketFilter filter, TicketOrder order,
                                 Optional<TicketPosition> after, int limit) {
        var page = TicketListSql.page(VIEW_COLUMNS, customerId, filter, order, after, limit);
        return sql.listPlannedForValues(page.sql(), this::view, page.parameters());
    }

    @Override
    public Optional<TicketView> one(UUID customerId, UUID ticketId) {
        return sql.one("SELECT " + VIEW_COLUMNS + " FROM tickets WHERE id = ? AND customer_id = ?", this::view,
                ticketId, customerId);
    }

    @Override
    public Optional<TicketView> lock(UUID customerId, UUID ticketId) {
        return sql.one("SELECT " + VIEW_COLUMNS + " FROM tickets WHERE id = ? AND customer_id = ? FOR UPDATE",
                this::view, ticketId, customerId);
    }

    @Override
    public void setAppointment(UUID customerId, UUID ticketId, Instant scheduledAt, Instant changedAt) {
        var updated = sql.update("UPDATE tickets SET scheduled_at = ?, updated_at = ? WHERE id = ? AND customer_id = ?",
                scheduledAt, changedAt, ticketId, customerId);
        if (updated != 1) {
            throw new IllegalStateException("ticket " + ticketId + " vanished while its appointment was set");
        }
    }

    @Override
    public List<TicketEvent> oldestFirst(UUID customerId, UUID ticketId) {
        return sql.list("""
                        SELECT ticket_id, event_type, old_value, new_value, metadata, created_at, actor
                        FROM ticket_events
                        WHERE customer_id = ? AND ticket_id = ?
                        ORDER BY created_at, seq""",
                row -> new TicketEvent(row.getObject("ticket_id", UUID.class),
                        EventType.fromCode(row.getString("event_type")), row.getString("old_value"),
                        row.getString("new_value"), json.read(row.getString("metadata")),
                        Sql.instant(row, "created_at"), Actor.fromCode(row.getString("actor"))),
                customerId, ticketId);
    }

    private TicketView view(ResultSet row) throws SQLException {
        return new TicketView(tickets.ticket(row), Sql.instant(row, "scheduled_at"),
                Sql.instant(row, "review_request_sent_at"), row.getBoolean("review_clicked"),
                row.getObject("assigned_to", UUID.class));
    }
}
