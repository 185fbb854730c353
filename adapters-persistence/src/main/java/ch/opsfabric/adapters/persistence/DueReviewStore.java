package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.DueReviewsPort;
import ch.opsfabric.application.port.out.ReviewOutcomePort;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.review.FinishedJob;
import ch.opsfabric.domain.review.ReviewDecision.SkipReason;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The review columns of {@code tickets}. A job is due when it reached DONE (a ticket that moved on
 * to CLOSED still counts; one marked DONE without {@code job_completed_at} counts from its last
 * update), its business's {@code review_delay_hours} have passed, and it has no outcome yet.
 * Claims lock with {@code FOR UPDATE SKIP LOCKED}, so concurrent engines take disjoint jobs and a
 * job decided meanwhile no longer matches when its lock is granted.
 */
@Singleton
class DueReviewStore implements DueReviewsPort, ReviewOutcomePort {

    private static final String COMPLETED_AT = "COALESCE(t.job_completed_at, t.updated_at)";

    private static final String DUE = """
            t.review_request_sent_at IS NULL AND t.review_skipped_reason IS NULL
              AND (t.job_completed_at IS NOT NULL OR t.status = 'DONE')
              AND %s + make_interval(hours => c.review_delay_hours) <= ?""".formatted(COMPLETED_AT);

    private static final String UNDECIDED = "review_request_sent_at IS NULL AND review_skipped_reason IS NULL";

    private final Sql sql;

    DueReviewStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<UUID> tenantsWithDue(Instant now) {
        return sql.list("SELECT DISTINCT customer_id FROM unreviewed_job_owners WHERE due_at <= ?",
                Sql.CUSTOMER_ID, now);
    }

    @Override
    public List<FinishedJob> claimDue(UUID customerId, Instant now, int limit) {
        return sql.list("SELECT t.id, t.customer_id, t.contact_phone, " + COMPLETED_AT + " AS completed_at "
                        + "FROM tickets t JOIN customers c ON c.id = t.customer_id "
                        + "WHERE t.customer_id = ? AND " + DUE + " "
                        + "ORDER BY completed_at, t.id LIMIT ? FOR UPDATE OF t SKIP LOCKED",
                DueReviewStore::finishedJob, customerId, now, limit);
    }

    @Override
    public boolean markRequested(UUID customerId, UUID ticketId, String token, Instant sendAt) {
        return sql.update("UPDATE tickets SET review_request_sent_at = ?, review_token = ? "
                + "WHERE id = ? AND customer_id = ? AND " + UNDECIDED, sendAt, token, ticketId, customerId) == 1;
    }

    @Override
    public boolean markSkipped(UUID customerId, UUID ticketId, SkipReason reason) {
        return sql.update("UPDATE tickets SET review_skipped_reason = ? WHERE id = ? AND customer_id = ? AND "
                + UNDECIDED, reason.code(), ticketId, customerId) == 1;
    }

    private static FinishedJob finishedJob(ResultSet row) throws SQLException {
        var phone = row.getString("contact_phone");
        return new FinishedJob(row.getObject("id", UUID.class), row.getObject("customer_id", UUID.class),
                Optional.ofNullable(phone).map(PhoneNumber::new), Sql.instant(row, "completed_at"));
    }
}
