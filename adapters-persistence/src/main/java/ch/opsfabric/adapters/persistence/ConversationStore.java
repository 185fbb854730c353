package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.ConversationPort;
import ch.opsfabric.application.port.out.SmsDeliveryPort;
import ch.opsfabric.domain.phone.PhoneNumber;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A ticket's messages: staff's ({@code message_sent} events) and what became of its SMS. */
@Singleton
class ConversationStore implements ConversationPort, SmsDeliveryPort {

    private final Sql sql;

    ConversationStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<UUID> openTicketWrittenTo(UUID customerId, PhoneNumber phone, Instant since) {
        return sql.one("""
                        SELECT t.id FROM tickets t
                        CROSS JOIN LATERAL (
                            SELECT max(e.created_at) AS written_at FROM ticket_events e
                            WHERE e.ticket_id = t.id AND e.event_type = 'message_sent') m
                        WHERE t.customer_id = ? AND t.contact_phone = ?
                          AND t.status IN ('NEW', 'NEEDS_CALLBACK', 'SCHEDULED', 'IN_PROGRESS')
                          AND m.written_at >= ?
                        ORDER BY m.written_at DESC, t.id
                        LIMIT 1""",
                row -> row.getObject("id", UUID.class), customerId, phone.e164(), since);
    }

    @Override
    public List<SmsDelivery> ofTicket(UUID customerId, UUID ticketId) {
        return sql.list("""
                        SELECT o.id, o.provider_id, COALESCE(l.delivery_status, o.status) AS status
                        FROM outbound_sms o
                        LEFT JOIN sms_log l ON l.customer_id = o.customer_id AND l.direction = 'outbound'
                                           AND l.provider_id = o.provider_id
                        WHERE o.customer_id = ? AND o.ticket_id = ?
                        ORDER BY o.created_at""",
                row -> new SmsDelivery(row.getObject("id", UUID.class), row.getString("provider_id"),
                        row.getString("status")),
                customerId, ticketId);
    }
}
