package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.SettleReportFactsPort;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

/**
 * Stores, per row, the answer of {@link MonthlyCountsStore}'s joins by number, computed by the very same
 * expressions, so the report reads the stored answer once the numbers are gone. Only rows that still have their
 * numbers are settled: an answer computed without them would be wrong.
 */
@Singleton
class ReportFactsStore implements SettleReportFactsPort {

    private final Sql sql;

    ReportFactsStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public int settleBefore(UUID customerId, Instant before, int limit) {
        var calls = sql.update("""
                UPDATE calls c SET captured = %s
                WHERE c.call_sid IN (SELECT call_sid FROM calls
                                     WHERE customer_id = ? AND outcome = 'missed' AND captured IS NULL
                                       AND caller_e164 IS NOT NULL AND created_at < ?
                                     LIMIT ? FOR UPDATE SKIP LOCKED)""".formatted(MonthlyCountsStore.CAPTURED),
                customerId, before, limit);
        var replies = sql.update("""
                UPDATE sms_log m SET counts_as_reply = %s
                WHERE m.id IN (SELECT id FROM sms_log
                               WHERE customer_id = ? AND direction = 'inbound' AND counts_as_reply IS NULL
                                 AND reply_kind IN ('option_1', 'option_2', 'option_3', 'free_text')
                                 AND from_number IS NOT NULL AND created_at < ?
                               LIMIT ? FOR UPDATE SKIP LOCKED)""".formatted(MonthlyCountsStore.COUNTS_AS_REPLY),
                customerId, before, limit);
        var tickets = sql.update("""
                UPDATE tickets t SET via_missed_call = COALESCE(%s, false)
                WHERE t.id IN (SELECT id FROM tickets
                               WHERE customer_id = ? AND source = 'wizard' AND via_missed_call IS NULL
                                 AND anonymised_at IS NULL AND created_at < ?
                               LIMIT ? FOR UPDATE SKIP LOCKED)""".formatted(MonthlyCountsStore.VIA_MISSED_CALL),
                customerId, before, limit);
        return calls + replies + tickets;
    }

    /**
     * Settles, whatever their age, the rows an erasure on request is about to take these numbers from, and
     * these tickets: the person's links are fixed as they stand now, other people's stay open.
     */
    void settleRowsOf(UUID customerId, String[] numbers, UUID[] tickets) {
        sql.update("""
                UPDATE calls c SET captured = %s
                WHERE c.customer_id = ? AND c.outcome = 'missed' AND c.captured IS NULL
                  AND c.caller_e164 = ANY (?)""".formatted(MonthlyCountsStore.CAPTURED), customerId, numbers);
        sql.update("""
                UPDATE sms_log m SET counts_as_reply = %s
                WHERE m.customer_id = ? AND m.direction = 'inbound' AND m.counts_as_reply IS NULL
                  AND m.reply_kind IN ('option_1', 'option_2', 'option_3', 'free_text')
                  AND m.from_number = ANY (?)""".formatted(MonthlyCountsStore.COUNTS_AS_REPLY), customerId, numbers);
        sql.update("""
                UPDATE tickets t SET via_missed_call = COALESCE(%s, false)
                WHERE t.customer_id = ? AND t.source = 'wizard' AND t.via_missed_call IS NULL
                  AND t.anonymised_at IS NULL AND t.id = ANY (?)""".formatted(MonthlyCountsStore.VIA_MISSED_CALL),
                customerId, tickets);
    }
}
