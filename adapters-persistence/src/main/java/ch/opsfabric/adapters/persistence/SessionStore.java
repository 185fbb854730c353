package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.SessionsPort;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** {@code staff_sessions}, read on every signed-in request; ending a session deletes its row. */
@Singleton
class SessionStore implements SessionsPort {

    private final Sql sql;

    SessionStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void open(UUID customerId, UUID memberId, String tokenHash, String csrfToken, Instant openedAt,
                     Instant expiresAt) {
        // Expired sessions of this person go as a new one opens, so the table holds no more than the live ones.
        sql.update("DELETE FROM staff_sessions WHERE customer_id = ? AND staff_member_id = ? AND expires_at <= ?",
                customerId, memberId, openedAt);
        sql.update("INSERT INTO staff_sessions (token_hash, customer_id, staff_member_id, csrf_token, created_at, "
                + "expires_at) VALUES (?, ?, ?, ?, ?, ?)", tokenHash, customerId, memberId, csrfToken, openedAt,
                expiresAt);
    }

    @Override
    public Optional<UUID> ownerOf(String tokenHash) {
        return sql.one("SELECT customer_id FROM staff_session_owners WHERE token_hash = ?", Sql.CUSTOMER_ID,
                tokenHash);
    }

    @Override
    public Optional<OpenSession> find(UUID customerId, String tokenHash, Instant now) {
        return sql.one("""
                        SELECT m.id, m.name, m.email, m.role, m.active, s.csrf_token
                        FROM staff_sessions s JOIN staff_members m ON m.id = s.staff_member_id
                        WHERE s.customer_id = ? AND s.token_hash = ? AND s.expires_at > ? AND m.active""",
                row -> new OpenSession(StaffMemberStore.member(row), row.getString("csrf_token")), customerId,
                tokenHash, now);
    }

    @Override
    public void end(UUID customerId, String tokenHash) {
        sql.update("DELETE FROM staff_sessions WHERE customer_id = ? AND token_hash = ?", customerId, tokenHash);
    }

    @Override
    public void endAllOf(UUID customerId, UUID memberId) {
        sql.update("DELETE FROM staff_sessions WHERE customer_id = ? AND staff_member_id = ?", customerId, memberId);
    }
}
