package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.ExportTicketsPort;
import ch.opsfabric.application.port.out.TicketFilter;
import ch.opsfabric.application.port.out.TicketView;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reads an export with a server-side cursor. PostgreSQL's driver fetches in batches only inside a
 * transaction (autocommit off) and with a fetch size; otherwise it loads the whole result first,
 * and 100,000 tickets would sit in memory at once.
 */
@Singleton
class TicketExportStore implements ExportTicketsPort {

    static final int FETCH_SIZE = 500;
    private static final String COLUMNS = TicketStore.COLUMNS
            + ", scheduled_at, review_request_sent_at, review_clicked, assigned_to";

    private final TransactionOperations<Connection> transactions;
    private final Sql sql;
    private final TicketStore tickets;

    TicketExportStore(TransactionOperations<Connection> transactions, Sql sql, TicketStore tickets) {
        this.transactions = transactions;
        this.sql = sql;
        this.tickets = tickets;
    }

    @Override
    public void eachNewestFirst(UUID customerId, TicketFilter filter, Consumer<TicketView> row) {
        var query = TicketListSql.all(COLUMNS, customerId, filter);
        transactions.executeRead(status -> {
            // The tenant's name (JdbcTransactions) waits for the next statement sent through Sql: send it now.
            sql.sendHeld();
            try (var statement = status.getConnection().prepareStatement(query.sql())) {
                statement.setFetchSize(FETCH_SIZE);
                Sql.bind(statement, query.parameters());
                try (var results = statement.executeQuery()) {
                    while (results.next()) {
                        row.accept(new TicketView(tickets.ticket(results), Sql.instant(results, "scheduled_at"),
                                Sql.instant(results, "review_request_sent_at"), results.getBoolean("review_clicked"),
                                results.getObject("assigned_to", UUID.class)));
                    }
                }
            } catch (SQLException failed) {
                throw new IllegalStateException("the ticket export could not be read", failed);
            }
            return null;
        });
    }
}
