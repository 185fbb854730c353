package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.ReviewClicksPort;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/**
 * Review tracking links by their token. The first click is decided by the row itself: the update
 * only matches while {@code review_clicked} is false, so of two simultaneous clicks one waits for
 * the other's row lock and then matches nothing.
 */
@Singleton
class ReviewClickStore implements ReviewClicksPort {

    private final Sql sql;

    ReviewClickStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<SentReviewLink> byToken(String token) {
        return sql.one("SELECT customer_id, ticket_id FROM review_link_owners WHERE review_token = ?",
                row -> new SentReviewLink(row.getObject("customer_id", UUID.class),
                        row.getObject("ticket_id", UUID.class)),
                token);
    }

    @Override
    public boolean markClicked(UUID customerId, UUID ticketId) {
        return sql.update("UPDATE tickets SET review_clicked = true "
                + "WHERE id = ? AND customer_id = ? AND NOT review_clicked", ticketId, customerId) == 1;
    }
}
