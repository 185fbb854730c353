package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.CallerHistoryPort;
import ch.opsfabric.domain.missedcall.CallerHistory;
import ch.opsfabric.domain.phone.PhoneNumber;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a caller's history under a transaction-scoped advisory lock on (tenant, number), so two
 * webhooks about the same caller are decided one after the other and see each other's effects.
 */
@Singleton
class CallerHistoryStore implements CallerHistoryPort {

    private final Sql sql;

    CallerHistoryStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public CallerHistory lockAndLoad(UUID customerId, PhoneNumber number, Instant now, ZoneId zone) {
        var phone = number.e164();
        sql.one("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", row -> true, customerId + ":" + phone);
        var smsTimes = sql.list("""
                        SELECT created_at FROM outbound_sms
                        WHERE customer_id = ? AND to_number = ? AND purpose = 'missed_call'
                          AND status IN ('pending', 'sending', 'sent') AND created_at > ?
                        ORDER BY created_at""",
                row -> Sql.instant(row, "created_at"), customerId, phone, now.minus(LOOKBACK));
        var day = now.atZone(zone).toLocalDate();
        var dayStart = day.atStartOfDay(zone).toInstant();
        var dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        return sql.one("""
                        SELECT (SELECT count(*) FROM calls
                                WHERE customer_id = ? AND caller_e164 = ? AND outcome = 'missed'
                                  AND created_at >= ? AND created_at < ?) AS missed_today,
                               (SELECT blocked_until FROM blocklist WHERE customer_id = ? AND phone = ?) AS blocked_until,
                               EXISTS (SELECT 1 FROM sms_opt_outs WHERE customer_id = ? AND phone = ?) AS opted_out,
                               EXISTS (SELECT 1 FROM undeliverable_numbers WHERE customer_id = ? AND phone = ?)
                                   AS undeliverable""",
                row -> new CallerHistory(smsTimes, row.getInt("missed_today"),
                        Optional.ofNullable(Sql.instant(row, "blocked_until")), row.getBoolean("opted_out"),
                        row.getBoolean("undeliverable")),
                customerId, phone, dayStart, dayEnd, customerId, phone, customerId, phone, customerId, phone)
                .orElseThrow();
    }
}
