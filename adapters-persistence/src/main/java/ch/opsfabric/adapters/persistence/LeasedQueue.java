package ch.opsfabric.adapters.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The claim-and-record mechanics shared by the outbound SMS and e-mail tables. A claim marks due
 * rows {@code sending} under a lease: {@code FOR UPDATE SKIP LOCKED} keeps two dispatchers off the
 * same row, and a row whose dispatcher died is claimed again once its lease has run out.
 */
final class LeasedQueue<T> {

    private static final String CLAIMABLE =
            "((status = 'pending' AND due_at <= ?) OR (status = 'sending' AND claimed_at <= ?))";
    /** What a sent row's columns say, its time as the first parameter. */
    private static final String SENT = "status = 'sent', sent_at = ?";

    private final Sql sql;
    private final String table;
    private final String channel;
    private final Sql.Row<T> row;
    private final String returning;
    private final Duration lease;

    /** @param channel the table's name in the {@code queued_messages} view */
    LeasedQueue(Sql sql, String table, String channel, Sql.Row<T> row, Duration lease) {
        this(sql, table, channel, row, "queued.*", lease);
    }

    /**
     * @param returning what a claim answers for each claimed row {@code queued}: its columns, and
     *                  whatever else the dispatcher needs to know about it, read in the same statement
     */
    LeasedQueue(Sql sql, String table, String channel, Sql.Row<T> row, String returning, Duration lease) {
        this.sql = sql;
        this.table = table;
        this.channel = channel;
        this.row = row;
        this.returning = returning;
        this.lease = lease;
    }

    /** Read before any tenant is known, through the view that shows owners only. */
    List<UUID> tenantsWithDue(Instant now) {
        return sql.list("SELECT DISTINCT customer_id FROM queued_messages WHERE channel = ? AND " + CLAIMABLE,
                Sql.CUSTOMER_ID, channel, now, now.minus(lease));
    }

    /** Must run in a transaction of its own, so the claim is visible to other dispatchers at once. */
    List<T> claimDue(UUID customerId, Instant now, int limit) {
        return claimDue(customerId, now, limit, "true");
    }

    /** @param only a condition on the table's columns the claimed rows must meet as well */
    List<T> claimDue(UUID customerId, Instant now, int limit, String only) {
        return sql.list("""
                        WITH claimable AS (
                            SELECT id FROM %1$s
                            WHERE customer_id = ? AND %2$s AND (%4$s)
                            ORDER BY due_at
                            LIMIT ?
                            FOR UPDATE SKIP LOCKED)
                        UPDATE %1$s queued
                        SET status = 'sending', claimed_at = ?, attempts = queued.attempts + 1
                        FROM claimable WHERE queued.id = claimable.id
                        RETURNING %3$s""".formatted(table, CLAIMABLE, returning, only),
                row, customerId, now, now.minus(lease), limit, now);
    }

    void markSent(UUID id, Instant at) {
        sql.update("UPDATE " + table + " SET " + SENT + " WHERE id = ?", at, id);
    }

    /** Sent, and one more column of the row written in the same statement. */
    void markSent(UUID id, Instant at, String column, Object value) {
        sql.update("UPDATE " + table + " SET " + SENT + ", " + column + " = ? WHERE id = ?", at, value, id);
    }

    void retryAt(UUID id, String reason, Instant retryAt) {
        sql.update("UPDATE " + table + " SET status = 'pending', due_at = ?, last_error = ? WHERE id = ?",
                retryAt, reason, id);
    }

    void markFailed(UUID id, String reason, Instant at) {
        sql.update("UPDATE " + table + " SET status = 'failed', failed_at = ?, last_error = ? WHERE id = ?",
                at, reason, id);
    }
}
