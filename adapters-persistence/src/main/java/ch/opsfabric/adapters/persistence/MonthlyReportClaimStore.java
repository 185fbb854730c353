package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.MonthlyReportClaimPort;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** The {@code monthly_report_claims} table: a month's report e-mail per business, claimed once by its key. */
@Singleton
class MonthlyReportClaimStore implements MonthlyReportClaimPort {

    private final Sql sql;

    MonthlyReportClaimStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean claimed(UUID customerId, YearMonth month) {
        return sql.one("SELECT 1 AS claimed FROM monthly_report_claims WHERE customer_id = ? AND month = ?",
                row -> true, customerId, month.atDay(1)).isPresent();
    }

    @Override
    public boolean claim(UUID customerId, YearMonth month, UUID emailId, Instant at) {
        return sql.update("""
                        INSERT INTO monthly_report_claims (customer_id, month, email_id, claimed_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (customer_id, month) DO NOTHING""",
                customerId, month.atDay(1), emailId, at) == 1;
    }
}
