package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.AnonymiseActivityPort;
import ch.opsfabric.application.port.out.AnonymiseTicketsPort;
import ch.opsfabric.domain.privacy.RetentionPolicy;
import ch.opsfabric.domain.ticket.EventType;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Erases personal data per {@link RetentionPolicy}. The claim uses {@code FOR UPDATE SKIP LOCKED},
 * so two instances share the work instead of doing it twice, and {@code anonymised_at} makes a
 * second run find nothing. No row is deleted and no time or type is touched, so reports give the
 * same totals afterwards. Rows without a ticket carry no mark of their own: erased, they no longer match
 * the conditions below (nor V16's partial indexes), which is what makes a second run find nothing.
 */
@Singleton
class AnonymisationStore implements AnonymiseTicketsPort, AnonymiseActivityPort {

    private static final String[] PERSONAL_EVENTS =
            RetentionPolicy.PERSONAL_EVENT_VALUES.stream().map(EventType::code).sorted().toArray(String[]::new);
    private static final String[] KEPT_EVENT_KEYS = RetentionPolicy.KEPT_EVENT_METADATA.toArray(String[]::new);
    static final String[] KEPT_TICKET_KEYS = RetentionPolicy.KEPT_TICKET_METADATA.toArray(String[]::new);

    private final Sql sql;

    AnonymisationStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<UUID> tenantsWithIdle(Instant idleSince) {
        return sql.list("SELECT DISTINCT customer_id FROM identified_ticket_owners WHERE updated_at < ?",
                Sql.CUSTOMER_ID, idleSince);
    }

    @Override
    public List<UUID> anonymiseIdle(UUID customerId, Instant idleSince, Instant now, int limit) {
        var ids = sql.list("""
                        WITH idle AS (
                            SELECT t.id FROM tickets t
                            WHERE t.customer_id = ? AND t.anonymised_at IS NULL AND t.updated_at < ?
                              AND NOT EXISTS (SELECT 1 FROM ticket_events e
                                              WHERE e.ticket_id = t.id AND e.created_at >= ?)
                              AND NOT EXISTS (SELECT 1 FROM sms_log s WHERE s.ticket_id = t.id AND s.created_at >= ?)
                              AND NOT EXISTS (SELECT 1 FROM outbound_sms o WHERE o.ticket_id = t.id
                                              AND (o.created_at >= ? OR o.status IN ('pending', 'sending')))
                            ORDER BY t.updated_at
                            LIMIT ?
                            FOR UPDATE OF t SKIP LOCKED)
                        UPDATE tickets t
                        SET contact_name = NULL, contact_phone = NULL, contact_email = NULL, summary = '',
                            dedupe_key = NULL, metadata = %s, anonymised_at = ?
                        FROM idle WHERE t.id = idle.id
                        RETURNING t.id""".formatted(kept("t.metadata")),
                row -> row.getObject("id", UUID.class),
                customerId, idleSince, idleSince, idleSince, idleSince, limit, KEPT_TICKET_KEYS, now);
        if (ids.isEmpty()) {
            return ids;
        }
        eraseTicketTraces(ids.toArray(UUID[]::new));
        return ids;
    }

    /**
     * Erases the personal data in the events, SMS and e-mails of these tickets (the tickets themselves are
     * the caller's). Shared with the erasure a person asks for ({@link PersonalDataStore}).
     */
    void eraseTicketTraces(UUID[] tickets) {
        sql.update("""
                UPDATE ticket_events
                SET old_value = CASE WHEN event_type = ANY (?) THEN NULL ELSE old_value END,
                    new_value = CASE WHEN event_type = ANY (?) THEN NULL ELSE new_value END,
                    metadata = %s
                WHERE ticket_id = ANY (?)""".formatted(kept("metadata")),
                PERSONAL_EVENTS, PERSONAL_EVENTS, KEPT_EVENT_KEYS, tickets);
        // Only the customer's side of each SMS: the business's own number says nothing about the customer.
        sql.update("""
                UPDATE sms_log
                SET body = NULL, delivery_error = NULL,
                    from_number = CASE WHEN direction = 'inbound' THEN NULL ELSE from_number END,
                    to_number = CASE WHEN direction = 'outbound' THEN NULL ELSE to_number END
                WHERE ticket_id = ANY (?)""", (Object) tickets);
        sql.update("UPDATE outbound_sms SET to_number = '', body = '', last_error = NULL WHERE ticket_id = ANY (?)",
                (Object) tickets);
        // The business's e-mails about the ticket quote the customer; the address is the business's own.
        sql.update("UPDATE outbound_email SET subject = '', body = '', last_error = NULL WHERE ticket_id = ANY (?)",
                (Object) tickets);
    }

    @Override
    public List<UUID> tenantsWithIdentifiableActivity(Instant before) {
        return sql.list("SELECT DISTINCT customer_id FROM identifiable_activity_owners WHERE created_at < ?",
                Sql.CUSTOMER_ID, before);
    }

    @Override
    public int anonymiseBefore(UUID customerId, Instant before, int limit) {
        // The business's own number (calls.to_number, its side of an SMS) stays; outcomes, statuses and times too.
        var calls = sql.update("""
                UPDATE calls SET from_number = '', caller_e164 = NULL
                WHERE call_sid IN (SELECT call_sid FROM calls
                                   WHERE customer_id = ? AND (from_number <> '' OR caller_e164 IS NOT NULL)
                                     AND created_at < ?
                                   ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED)""",
                customerId, before, limit);
        var smsLog = sql.update("""
                UPDATE sms_log
                SET body = NULL, delivery_error = NULL,
                    from_number = CASE WHEN direction = 'inbound' THEN NULL ELSE from_number END,
                    to_number = CASE WHEN direction = 'outbound' THEN NULL ELSE to_number END
                WHERE id IN (SELECT id FROM sms_log
                             WHERE customer_id = ? AND ticket_id IS NULL
                               AND (body IS NOT NULL OR delivery_error IS NOT NULL
                                    OR (direction = 'inbound' AND from_number IS NOT NULL)
                                    OR (direction = 'outbound' AND to_number IS NOT NULL))
                               AND created_at < ?
                             ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED)""",
                customerId, before, limit);
        // A message still waiting is the dispatcher's; it is erased once sent, failed or dropped.
        var outboundSms = sql.update("""
                UPDATE outbound_sms SET to_number = '', body = '', last_error = NULL
                WHERE id IN (SELECT id FROM outbound_sms
                             WHERE customer_id = ? AND ticket_id IS NULL AND (to_number <> '' OR body <> '')
                               AND status NOT IN ('pending', 'sending') AND created_at < ?
                             ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED)""",
                customerId, before, limit);
        var outboundEmail = sql.update("""
                UPDATE outbound_email SET to_address = '', subject = '', body = '', last_error = NULL
                WHERE id IN (SELECT id FROM outbound_email
                             WHERE customer_id = ? AND ticket_id IS NULL
                               AND (to_address <> '' OR subject <> '' OR body <> '')
                               AND status NOT IN ('pending', 'sending') AND created_at < ?
                             ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED)""",
                customerId, before, limit);
        return calls + smsLog + outboundSms + outboundEmail;
    }

    /** The JSON object in {@code column} with only the keys of the bound array; {} when none is left. */
    static String kept(String column) {
        return "COALESCE((SELECT jsonb_object_agg(key, value) FROM jsonb_each(" + column
                + ") WHERE key = ANY (?)), '{}'::jsonb)";
    }
}
