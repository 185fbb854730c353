package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.AccessLinksPort;
import ch.opsfabric.domain.people.AccessLinkPurpose;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** {@code staff_access_links}: invitation and reset links by the hash of their token. */
@Singleton
class AccessLinkStore implements AccessLinksPort {

    private final Sql sql;

    AccessLinkStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void issue(UUID customerId, UUID memberId, AccessLinkPurpose purpose, String tokenHash, Instant issuedAt) {
        sql.update("DELETE FROM staff_access_links WHERE customer_id = ? AND staff_member_id = ? AND purpose = ?",
                customerId, memberId, purpose.code());
        sql.update("INSERT INTO staff_access_links (token_hash, customer_id, staff_member_id, purpose, created_at, "
                        + "expires_at) VALUES (?, ?, ?, ?, ?, ?)", tokenHash, customerId, memberId, purpose.code(),
                issuedAt, purpose.expiresAt(issuedAt));
    }

    @Override
    public Optional<UUID> ownerOf(String tokenHash) {
        return sql.one("SELECT customer_id FROM staff_access_link_owners WHERE token_hash = ?", Sql.CUSTOMER_ID,
                tokenHash);
    }

    @Override
    public Optional<AccessLink> findForUpdate(UUID customerId, String tokenHash) {
        return sql.one("SELECT staff_member_id, purpose, expires_at, used_at FROM staff_access_links "
                        + "WHERE customer_id = ? AND token_hash = ? FOR UPDATE",
                row -> new AccessLink(row.getObject("staff_member_id", UUID.class),
                        AccessLinkPurpose.fromCode(row.getString("purpose")), Sql.instant(row, "expires_at"),
                        Sql.instant(row, "used_at")), customerId, tokenHash);
    }

    @Override
    public void markUsed(UUID customerId, String tokenHash, Instant at) {
        sql.update("UPDATE staff_access_links SET used_at = ? WHERE customer_id = ? AND token_hash = ?", at,
                customerId, tokenHash);
    }
}
