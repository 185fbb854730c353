package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.MonthlyCountsPort;
import ch.opsfabric.application.port.out.MonthlyCounts;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Counts a tenant's month in SQL, one statement per subject. Every statement is scoped by
 * {@code customer_id} and the half-open range [from, to). The definitions are the README's
 * "Reports" section; a change here must change it too.
 */
@Singleton
class MonthlyCountsStore implements MonthlyCountsPort {

    private static final List<String> SOURCES = List.of("wizard", "missed_call", "sms_reply", "whatsapp", "email",
            "manual");
    private static final List<String> URGENCIES = List.of("LOW", "MED", "HIGH");
    private static final List<String> REPLY_KINDS = List.of("option_1", "option_2", "option_3", "free_text");

    /**
     * Whether inbound SMS {@code m} counts as a reply: it answers the latest missed-call SMS sent to its number within
     * 7 days; only the first one counts. Settled in {@code sms_log.counts_as_reply} before numbers are erased.
     */
    static final String COUNTS_AS_REPLY = """
            EXISTS (
                SELECT 1 FROM outbound_sms o
                WHERE o.customer_id = m.customer_id AND o.purpose = 'missed_call' AND o.status = 'sent'
                  AND o.to_number = m.from_number
                  AND o.sent_at <= m.created_at AND o.sent_at > m.created_at - interval '7 days'
                  AND NOT EXISTS (
                    SELECT 1 FROM sms_log p
                    WHERE p.customer_id = m.customer_id AND p.direction = 'inbound'
                      AND p.from_number = m.from_number
                      AND p.reply_kind IN ('option_1', 'option_2', 'option_3', 'free_text')
                      AND p.created_at >= o.sent_at
                      AND (p.created_at < m.created_at OR (p.created_at = m.created_at AND p.id < m.id))))""";

    private static final String REPLIES = """
            SELECT m.reply_kind AS key, count(*) AS n
            FROM sms_log m
            WHERE m.customer_id = ? AND m.direction = 'inbound' AND m.created_at >= ? AND m.created_at < ?
              AND m.reply_kind IN ('option_1', 'option_2', 'option_3', 'free_text')
              AND COALESCE(m.counts_as_reply, %s)
            GROUP BY m.reply_kind""".formatted(COUNTS_AS_REPLY);

    /**
     * The first human response: the first staff message to the customer or status change not made on the
     * customer's behalf (reply "2" moves a ticket by itself), whichever came first.
     */
    private static final String STAFF_STEPS = """
            SELECT avg(extract(epoch FROM s.first_move - t.created_at))::float8 AS avg_seconds,
                   count(*) FILTER (WHERE s.first_move <= t.created_at + interval '24 hours') AS within_24h
            FROM tickets t
            CROSS JOIN LATERAL (
                SELECT min(e.created_at) AS first_move FROM ticket_events e
                WHERE e.ticket_id = t.id AND e.event_type IN ('status_changed', 'message_sent')
                  AND e.metadata->>'by' IS DISTINCT FROM 'customer_reply') s
            WHERE t.customer_id = ? AND t.created_at >= ? AND t.created_at < ? AND s.first_move IS NOT NULL""";

    private static final String AUTOMATIC_RESPONSE = """
            SELECT avg(extract(epoch FROM c.first_sent - t.created_at))::float8 AS avg_seconds
            FROM tickets t
            CROSS JOIN LATERAL (
                SELECT min(o.sent_at) AS first_sent FROM outbound_sms o
                WHERE o.ticket_id = t.id AND o.purpose = 'confirmation' AND o.status = 'sent') c
            WHERE t.customer_id = ? AND t.created_at >= ? AND t.created_at < ? AND c.first_sent IS NOT NULL""";

    /**
     * Whether wizard ticket {@code t} counts as recovered: the wizard said so or its number got the wizard link just
     * before. Settled in {@code tickets.via_missed_call} before numbers are erased.
     */
    static final String VIA_MISSED_CALL = """
            (t.metadata->>'ref' = 'missed_call' OR EXISTS (
                SELECT 1 FROM outbound_sms o
                WHERE o.customer_id = t.customer_id AND o.purpose = 'wizard_link' AND o.status = 'sent'
                  AND o.to_number = t.contact_phone
                  AND o.sent_at <= t.created_at AND o.sent_at > t.created_at - interval '7 days'))""";

    private static final String WIZARD_VIA_MISSED_CALL = """
            SELECT count(*) FROM tickets t
            WHERE t.customer_id = ? AND t.created_at >= ? AND t.created_at < ? AND t.source = 'wizard'
              AND COALESCE(t.via_missed_call, %s)""".formatted(VIA_MISSED_CALL);

    /**
     * Whether missed call {@code c} was captured: the caller's number opened a ticket or joined one (dedupe) within 7
     * days after the call, whichever channel the request came by. Settled in {@code calls.captured} before numbers
     * are erased.
     */
    static final String CAPTURED = """
            EXISTS (
                SELECT 1 FROM tickets t JOIN ticket_events e ON e.ticket_id = t.id
                WHERE t.customer_id = c.customer_id AND t.contact_phone = c.caller_e164
                  AND e.event_type IN ('created', 'dedupe_merged')
                  AND e.created_at >= c.created_at AND e.created_at < c.created_at + interval '7 days')""";

    /** Missed calls, and of them the captured ones: a filter of the same rows, so captured ≤ missed by construction. */
    private static final String CALLS = """
            SELECT count(*) AS inbound, count(*) FILTER (WHERE c.outcome = 'missed') AS missed,
                   count(*) FILTER (WHERE c.outcome = 'missed' AND COALESCE(c.captured, %s)) AS captured
            FROM calls c
            WHERE c.customer_id = ? AND c.created_at >= ? AND c.created_at < ?""".formatted(CAPTURED);

    /** Visits, and of them the ones a submission named ({@code submitted}, set at intake). */
    private static final String VISITS = """
            SELECT count(*) AS visits, count(*) FILTER (WHERE submitted) AS captured FROM wizard_visits
            WHERE customer_id = ? AND visited_at >= ? AND visited_at < ?""";

    private final Sql sql;

    MonthlyCountsStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public MonthlyCounts count(UUID customerId, Instant from, Instant to) {
        var range = new Object[] {customerId, from, to};
        var staffSteps = sql.one(STAFF_STEPS, row -> new Object[] {
            row.getObject("avg_seconds", Double.class), row.getLong("within_24h")}, range).orElseThrow();
        var calls = sql.one(CALLS,
                row -> new long[] {row.getLong("inbound"), row.getLong("missed"), row.getLong("captured")}, range)
                .orElseThrow();
        var visits = sql.one(VISITS, row -> new long[] {row.getLong("visits"), row.getLong("captured")}, range)
                .orElseThrow();
        return new MonthlyCounts(
                grouped("""
                        SELECT source AS key, count(*) AS n FROM tickets
                        WHERE customer_id = ? AND created_at >= ? AND created_at < ? GROUP BY source""",
                        SOURCES, range),
                grouped("""
                        SELECT urgency AS key, count(*) AS n FROM tickets
                        WHERE customer_id = ? AND created_at >= ? AND created_at < ? GROUP BY urgency""",
                        URGENCIES, range),
                visits[0],
                visits[1],
                // an aggregate always gives one row; its average is null when no ticket had a confirmation
                sql.one(AUTOMATIC_RESPONSE, row -> Optional.ofNullable(row.getObject("avg_seconds", Double.class)),
                        range).orElseThrow().orElse(null),
                (Double) staffSteps[0],
                (Long) staffSteps[1],
                number("""
                        SELECT count(*) FROM tickets WHERE customer_id = ?
                          AND review_request_sent_at >= ? AND review_request_sent_at < ?""", range),
                number("""
                        SELECT count(*) FROM ticket_events WHERE customer_id = ? AND event_type = 'review_clicked'
                          AND created_at >= ? AND created_at < ?""", range),
                calls[0],
                calls[1],
                calls[2],
                number("""
                        SELECT count(*) FROM outbound_sms WHERE customer_id = ? AND purpose = 'missed_call'
                          AND status = 'sent' AND sent_at >= ? AND sent_at < ?""", range),
                grouped(REPLIES, REPLY_KINDS, range),
                number(WIZARD_VIA_MISSED_CALL, range));
    }

    private long number(String statement, Object[] parameters) {
        return sql.one(statement, row -> row.getLong(1), parameters).orElseThrow();
    }

    /** Counts per key, every expected key present so that a zero is shown as 0 rather than left out. */
    private Map<String, Long> grouped(String statement, List<String> keys, Object[] parameters) {
        var counts = new LinkedHashMap<String, Long>();
        keys.forEach(key -> counts.put(key, 0L));
        sql.list(statement, row -> Map.entry(row.getString("key"), row.getLong("n")), parameters)
                .forEach(entry -> counts.merge(entry.getKey(), entry.getValue(), Long::sum));
        return counts;
    }
}
