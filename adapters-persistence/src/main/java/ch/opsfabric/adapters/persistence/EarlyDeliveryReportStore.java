package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.DeliveryReport;
import ch.opsfabric.application.port.out.EarlyDeliveryReportsPort;
import ch.opsfabric.application.port.out.SendSmsPort.RejectionReason;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** {@code early_delivery_reports}: matched to their send through {@code sent_sms_owners}, like every report. */
@Singleton
class EarlyDeliveryReportStore implements EarlyDeliveryReportsPort {

    private final Sql sql;

    EarlyDeliveryReportStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void keep(DeliveryReport report, Instant receivedAt) {
        sql.update("""
                        INSERT INTO early_delivery_reports (provider_id, state, detail, reason, received_at)
                        VALUES (?, ?, ?, ?, ?)""",
                report.providerId(), report.state().orElseThrow().code(), report.detail(),
                report.reason().map(Enum::name).orElse(null), receivedAt);
    }

    @Override
    public List<Matched> matched(int limit) {
        return sql.list("""
                        SELECT DISTINCT owner.customer_id, early.provider_id
                        FROM early_delivery_reports early
                        JOIN sent_sms_owners owner ON owner.provider_id = early.provider_id
                        LIMIT ?""",
                row -> new Matched(row.getObject("customer_id", UUID.class), row.getString("provider_id")), limit);
    }

    @Override
    public List<DeliveryReport> take(String providerId) {
        // Deleting is taking: of two instances, the one whose DELETE comes second finds nothing.
        return sql.list("""
                        WITH taken AS (DELETE FROM early_delivery_reports WHERE provider_id = ?
                                       RETURNING seq, provider_id, state, detail, reason)
                        SELECT * FROM taken ORDER BY seq""",
                EarlyDeliveryReportStore::report, providerId);
    }

    @Override
    public int forgetReceivedBefore(Instant cutoff) {
        return sql.update("DELETE FROM early_delivery_reports WHERE received_at < ?", cutoff);
    }

    private static DeliveryReport report(ResultSet row) throws SQLException {
        return new DeliveryReport(row.getString("provider_id"),
                Optional.of(DeliveryReport.State.valueOf(row.getString("state").toUpperCase(Locale.ROOT))),
                row.getString("detail"), Optional.ofNullable(row.getString("reason")).map(RejectionReason::valueOf));
    }
}
