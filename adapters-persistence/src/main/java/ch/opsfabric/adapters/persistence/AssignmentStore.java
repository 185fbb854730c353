package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.AssignByLoadPort;
import ch.opsfabric.application.port.out.AssignTicketPort;
import ch.opsfabric.application.port.out.ActiveMemberPort;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code tickets.assigned_to} and the {@code staff_members} it names. Assignment by load takes the row locks
 * of the business's active staff members first, so concurrent intakes of one business count each other's
 * committed assignments one after the other (docs/domain-rules.md, Assignment); other businesses do not wait.
 */
@Singleton
class AssignmentStore implements AssignByLoadPort, AssignTicketPort, ActiveMemberPort {

    private static final String OPEN = "t.status IN ('NEW', 'NEEDS_CALLBACK', 'SCHEDULED', 'IN_PROGRESS')";

    private final Sql sql;

    AssignmentStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<UUID> assignLeastOpen(UUID customerId, UUID ticketId, Instant now) {
        // A statement of its own: the count below starts after the locks are held, so it sees what the
        // intakes that held them before committed.
        sql.list("SELECT id FROM staff_members WHERE customer_id = ? AND active ORDER BY id FOR UPDATE",
                row -> row.getObject("id", UUID.class), customerId);
        var chosen = sql.one("""
                        SELECT m.id FROM staff_members m
                        WHERE m.customer_id = ? AND m.active
                        ORDER BY (SELECT count(*) FROM tickets t
                                  WHERE t.customer_id = m.customer_id AND t.assigned_to = m.id AND %s),
                                 m.last_assigned_at NULLS FIRST, m.id
                        LIMIT 1""".formatted(OPEN),
                row -> row.getObject("id", UUID.class), customerId);
        chosen.ifPresent(staffMemberId -> assign(customerId, ticketId, staffMemberId, now));
        return chosen;
    }

    /** The person's last assignment is the tie-break of assignment by load. */
    @Override
    public void assign(UUID customerId, UUID ticketId, UUID staffMemberId, Instant now) {
        var updated = sql.update("UPDATE tickets SET assigned_to = ?, updated_at = ? WHERE id = ? AND customer_id = ?",
                staffMemberId, now, ticketId, customerId);
        if (updated != 1) {
            throw new IllegalStateException("ticket " + ticketId + " vanished while it was assigned");
        }
        if (staffMemberId != null) {
            sql.update("UPDATE staff_members SET last_assigned_at = ? WHERE id = ? AND customer_id = ?", now,
                    staffMemberId, customerId);
        }
    }

    @Override
    public Optional<ActiveMember> activeMember(UUID customerId, UUID staffMemberId) {
        return sql.one("SELECT id, name, email FROM staff_members WHERE id = ? AND customer_id = ? AND active",
                row -> new ActiveMember(row.getObject("id", UUID.class), row.getString("name"),
                        row.getString("email")),
                staffMemberId, customerId);
    }
}
