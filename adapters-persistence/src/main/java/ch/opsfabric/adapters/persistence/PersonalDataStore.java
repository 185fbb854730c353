package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.ErasedRows;
import ch.opsfabric.application.port.out.PersonKey;
import ch.opsfabric.application.port.out.PersonalDataPort;
import ch.opsfabric.application.port.out.PersonalRows;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.util.PGobject;

/**
 * A person's rows in one business. The person's tickets are those with their number or address; everything
 * else is theirs by ticket or, for a number, by the number itself, and a correction of someone else's ticket
 * that names them is theirs too. The erasure is anonymisation's
 * ({@link AnonymisationStore}) applied to these rows, so reports keep their rows, times and statuses (and,
 * settled first, the counts that match rows by number: {@link ReportFactsStore}), plus
 * what anonymisation never meets: rows without a ticket, messages still waiting (cancelled, they can no
 * longer be sent), and the opt-out, block and undeliverable mark of the number (deleted: each holds nothing
 * but the number).
 */
@Singleton
class PersonalDataStore implements PersonalDataPort {

    /** Binds phone and e-mail, one of them null: a comparison with null is never true. */
    private static final String TICKETS = """
            SELECT t.id FROM tickets t
            WHERE t.customer_id = ? AND (t.contact_phone = ?::text OR lower(t.contact_email) = lower(?::text))""";

    /** The SMS to or from the number: only the customer's side of an SMS names them. */
    private static final String SMS_OF_NUMBER = " OR (direction = 'inbound' AND from_number = ?::text)"
            + " OR (direction = 'outbound' AND to_number = ?::text)";

    /**
     * A correction on a ticket that is not the person's, from or to their number or address (a mistyped
     * contact put right); binds phone twice, then e-mail twice.
     */
    private static final String CORRECTION_NAMING = "(event_type = 'contact_changed' AND (old_value = ?::text "
            + "OR new_value = ?::text OR lower(old_value) = lower(?::text) OR lower(new_value) = lower(?::text)))";

    private final Sql sql;
    private final JsonColumns json;
    private final AnonymisationStore anonymisation;
    private final ReportFactsStore reportFacts;

    PersonalDataStore(Sql sql, JsonColumns json, AnonymisationStore anonymisation, ReportFactsStore reportFacts) {
        this.sql = sql;
        this.json = json;
        this.anonymisation = anonymisation;
        this.reportFacts = reportFacts;
    }

    @Override
    public PersonalRows find(UUID customerId, PersonKey person) {
        return find(customerId, person, ticketIds(customerId, person));
    }

    private PersonalRows find(UUID customerId, PersonKey person, UUID[] tickets) {
        var phone = phone(person);
        var email = email(person);
        return new PersonalRows(
                rows("SELECT * FROM tickets WHERE customer_id = ? AND id = ANY (?) ORDER BY created_at, id",
                        customerId, tickets),
                rows("SELECT * FROM ticket_events WHERE customer_id = ? AND (ticket_id = ANY (?) OR "
                        + CORRECTION_NAMING + ") ORDER BY created_at, seq", customerId, tickets, phone, phone, email,
                        email),
                rows("SELECT * FROM sms_log WHERE customer_id = ? AND (ticket_id = ANY (?) " + SMS_OF_NUMBER
                        + ") ORDER BY created_at, id", customerId, tickets, phone, phone),
                rows("SELECT * FROM calls WHERE customer_id = ? AND caller_e164 = ?::text ORDER BY created_at, "
                        + "call_sid", customerId, phone),
                rows("SELECT * FROM outbound_sms WHERE customer_id = ? AND (ticket_id = ANY (?) "
                        + "OR to_number = ?::text) ORDER BY created_at, id", customerId, tickets, phone),
                rows("SELECT * FROM outbound_email WHERE customer_id = ? AND ticket_id = ANY (?) "
                        + "ORDER BY created_at, id", customerId, tickets),
                rows("SELECT * FROM sms_opt_outs WHERE customer_id = ? AND phone = ?::text", customerId, phone),
                rows("SELECT * FROM blocklist WHERE customer_id = ? AND phone = ?::text", customerId, phone),
                rows("SELECT * FROM undeliverable_numbers WHERE customer_id = ? AND phone = ?::text",
                        customerId, phone));
    }

    @Override
    public ErasedRows erase(UUID customerId, PersonKey person, Instant now) {
        var phone = phone(person);
        var email = email(person);
        var tickets = ticketIds(customerId, person);
        var found = find(customerId, person, tickets);
        // Counts that match rows by number are fixed first, while both sides still have it.
        reportFacts.settleRowsOf(customerId, numbersLeaving(customerId, phone, tickets), tickets);
        // A message to the person that is still waiting would go out with an erased number and text.
        sql.update("""
                UPDATE outbound_sms SET status = 'cancelled'
                WHERE customer_id = ? AND (ticket_id = ANY (?) OR to_number = ?::text)
                  AND status IN ('pending', 'sending')""", customerId, tickets, phone);
        sql.update("""
                UPDATE outbound_email SET status = 'failed', failed_at = ?
                WHERE customer_id = ? AND ticket_id = ANY (?) AND status IN ('pending', 'sending')""",
                now, customerId, tickets);
        sql.update("""
                UPDATE tickets
                SET contact_name = NULL, contact_phone = NULL, contact_email = NULL, summary = '',
                    dedupe_key = NULL, metadata = %s, anonymised_at = ?
                WHERE customer_id = ? AND id = ANY (?)""".formatted(AnonymisationStore.kept("metadata")),
                AnonymisationStore.KEPT_TICKET_KEYS, now, customerId, tickets);
        anonymisation.eraseTicketTraces(tickets);
        // On someone else's ticket only the value that names the person goes.
        sql.update("""
                UPDATE ticket_events
                SET old_value = CASE WHEN old_value = ?::text OR lower(old_value) = lower(?::text) THEN NULL
                                     ELSE old_value END,
                    new_value = CASE WHEN new_value = ?::text OR lower(new_value) = lower(?::text) THEN NULL
                                     ELSE new_value END
                WHERE customer_id = ? AND """ + CORRECTION_NAMING,
                phone, email, phone, email, customerId, phone, phone, email, email);
        // What anonymisation does for a ticket's SMS, for the number's SMS without one.
        sql.update("""
                UPDATE sms_log
                SET body = NULL, delivery_error = NULL,
                    from_number = CASE WHEN direction = 'inbound' THEN NULL ELSE from_number END,
                    to_number = CASE WHEN direction = 'outbound' THEN NULL ELSE to_number END
                WHERE customer_id = ? AND (FALSE""" + SMS_OF_NUMBER + ")", customerId, phone, phone);
        sql.update("UPDATE outbound_sms SET to_number = '', body = '', last_error = NULL "
                + "WHERE customer_id = ? AND to_number = ?::text", customerId, phone);
        // The business's own number (to_number) and the call's outcome stay; only the caller goes.
        sql.update("UPDATE calls SET from_number = '', caller_e164 = NULL WHERE customer_id = ? "
                + "AND caller_e164 = ?::text", customerId, phone);
        var optOuts = sql.update("DELETE FROM sms_opt_outs WHERE customer_id = ? AND phone = ?::text",
                customerId, phone);
        var blocks = sql.update("DELETE FROM blocklist WHERE customer_id = ? AND phone = ?::text", customerId, phone);
        var undeliverable = sql.update("DELETE FROM undeliverable_numbers WHERE customer_id = ? AND phone = ?::text",
                customerId, phone);
        return new ErasedRows(found.tickets().size(), found.ticketEvents().size(), found.smsLog().size(),
                found.calls().size(), found.outboundSms().size(), found.outboundEmail().size(), optOuts, blocks,
                undeliverable);
    }

    /** The person's number, and those of their tickets (an e-mail request erases the tickets' numbers too). */
    private String[] numbersLeaving(UUID customerId, String phone, UUID[] tickets) {
        return sql.list("""
                        SELECT ?::text AS number WHERE ?::text IS NOT NULL
                        UNION SELECT contact_phone FROM tickets
                        WHERE customer_id = ? AND id = ANY (?) AND contact_phone IS NOT NULL""",
                row -> row.getString("number"), phone, phone, customerId, tickets).toArray(String[]::new);
    }

    private UUID[] ticketIds(UUID customerId, PersonKey person) {
        return sql.list(TICKETS + " ORDER BY t.id", row -> row.getObject("id", UUID.class),
                customerId, phone(person), email(person)).toArray(UUID[]::new);
    }

    private static String phone(PersonKey person) {
        return person instanceof PersonKey.ByPhone byPhone ? byPhone.number().e164() : null;
    }

    private static String email(PersonKey person) {
        return person instanceof PersonKey.ByEmail byEmail ? byEmail.address() : null;
    }

    private List<Map<String, Object>> rows(String query, Object... parameters) {
        return sql.list(query, this::columns, parameters);
    }

    /** Every column, as JSON shows it: times as ISO-8601 instants, ids as text, JSONB as objects. */
    private Map<String, Object> columns(ResultSet row) throws SQLException {
        var meta = row.getMetaData();
        var columns = new LinkedHashMap<String, Object>();
        for (int index = 1; index <= meta.getColumnCount(); index++) {
            Object value = switch (meta.getColumnTypeName(index)) {
                case "timestamptz" -> {
                    var time = row.getObject(index, OffsetDateTime.class);
                    yield time == null ? null : time.toInstant().toString();
                }
                case "jsonb", "json" -> {
                    var text = row.getString(index);
                    yield text == null ? null : json.read(text);
                }
                default -> {
                    var plain = row.getObject(index);
                    yield plain instanceof String || plain instanceof Number || plain instanceof Boolean
                            || plain == null ? plain : plain instanceof PGobject pg ? pg.getValue() : plain.toString();
                }
            };
            columns.put(meta.getColumnLabel(index), value);
        }
        return columns;
    }
}
