package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.StaffMembersPort;
import ch.opsfabric.domain.people.StaffMember;
import ch.opsfabric.domain.people.StaffRole;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@code staff_members} and {@code staff_sign_in_failures}; the lock is a row fact, so every instance agrees. */
@Singleton
class StaffMemberStore implements StaffMembersPort {

    private static final Map<String, String> UNIQUE_FIELDS = Map.of("staff_members_by_email", "email");
    private static final String COLUMNS = "id, name, email, role, active";

    private final Sql sql;

    StaffMemberStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void create(UUID customerId, StaffMember member, Instant createdAt) {
        try {
            sql.update("INSERT INTO staff_members (id, customer_id, name, email, role, active, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)", member.id(), customerId, member.name(), member.email(),
                    member.role().code(), member.active(), createdAt);
        } catch (RuntimeException failure) {
            throw UniqueViolations.translate(failure, UNIQUE_FIELDS);
        }
    }

    @Override
    public List<StaffMember> all(UUID customerId) {
        return sql.list("SELECT " + COLUMNS + " FROM staff_members WHERE customer_id = ? ORDER BY created_at, id",
                StaffMemberStore::member, customerId);
    }

    @Override
    public List<StaffMember> lockAll(UUID customerId) {
        return sql.list("SELECT " + COLUMNS + " FROM staff_members WHERE customer_id = ? ORDER BY created_at, id "
                + "FOR UPDATE", StaffMemberStore::member, customerId);
    }

    @Override
    public Optional<StaffMember> byId(UUID customerId, UUID memberId) {
        return sql.one("SELECT " + COLUMNS + " FROM staff_members WHERE customer_id = ? AND id = ?",
                StaffMemberStore::member, customerId, memberId);
    }

    @Override
    public void update(UUID customerId, StaffMember member) {
        sql.update("UPDATE staff_members SET name = ?, role = ?, active = ? WHERE customer_id = ? AND id = ?",
                member.name(), member.role().code(), member.active(), customerId, member.id());
    }

    @Override
    public List<UUID> businessesOf(String email) {
        return sql.list("SELECT customer_id FROM staff_email_owners WHERE email = lower(?) "
                + "ORDER BY last_sign_in_at DESC NULLS LAST, customer_id", Sql.CUSTOMER_ID, email);
    }

    @Override
    public Optional<Credentials> credentialsForUpdate(UUID customerId, String email, Instant failuresSince) {
        return sql.one("SELECT " + COLUMNS + ", password_hash, locked_until FROM staff_members "
                        + "WHERE customer_id = ? AND lower(email) = lower(?) FOR UPDATE",
                row -> new Credentials(member(row), row.getString("password_hash"), Sql.instant(row, "locked_until"),
                        List.of()), customerId, email)
                .map(found -> new Credentials(found.member(), found.passwordHash(), found.lockedUntil(),
                        sql.list("SELECT failed_at FROM staff_sign_in_failures WHERE customer_id = ? "
                                        + "AND staff_member_id = ? AND failed_at > ?",
                                row -> Sql.instant(row, "failed_at"), customerId, found.member().id(), failuresSince)));
    }

    @Override
    public void recordFailure(UUID customerId, UUID memberId, Instant at) {
        sql.update("INSERT INTO staff_sign_in_failures (customer_id, staff_member_id, failed_at) VALUES (?, ?, ?)",
                customerId, memberId, at);
    }

    @Override
    public void lock(UUID customerId, UUID memberId, Instant until) {
        forgetFailures(customerId, memberId);
        sql.update("UPDATE staff_members SET locked_until = ? WHERE customer_id = ? AND id = ?", until, customerId,
                memberId);
    }

    @Override
    public void signedIn(UUID customerId, UUID memberId, Instant at) {
        forgetFailures(customerId, memberId);
        sql.update("UPDATE staff_members SET last_sign_in_at = ? WHERE customer_id = ? AND id = ?", at, customerId,
                memberId);
    }

    @Override
    public void setPassword(UUID customerId, UUID memberId, String passwordHash) {
        forgetFailures(customerId, memberId);
        sql.update("UPDATE staff_members SET password_hash = ?, locked_until = NULL WHERE customer_id = ? AND id = ?",
                passwordHash, customerId, memberId);
    }

    private void forgetFailures(UUID customerId, UUID memberId) {
        sql.update("DELETE FROM staff_sign_in_failures WHERE customer_id = ? AND staff_member_id = ?", customerId,
                memberId);
    }

    static StaffMember member(ResultSet row) throws SQLException {
        return new StaffMember(row.getObject("id", UUID.class), row.getString("name"), row.getString("email"),
                StaffRole.fromCode(row.getString("role")), row.getBoolean("active"));
    }
}
