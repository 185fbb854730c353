package ch.opsfabric.adapters.persistence;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.postgresql.PGStatement;

/**
 * Plain SQL on the current transaction's connection. The stores keep their statements explicit
 * because the rules live in them: partial unique indexes with {@code ON CONFLICT},
 * {@code FOR UPDATE SKIP LOCKED}, JSONB casts.
 * <p>
 * Inside a transaction, a statement whose outcome nobody reads at once ({@link #updateWithNext},
 * {@link #checkWithNext}: the tenant's {@code set_config}, events, queued messages, consent) is held
 * back and sent in one round trip with the transaction's next statement, or before its commit: the
 * driver sends statements joined by {@code ;} together and answers each in order, so the held ones
 * run first, exactly where they were asked for, and a failure of any of them fails that round trip
 * and the transaction as before (bench/README.md, "Where the time of one intake goes"). A statement
 * sent on the transaction's connection past this class must call {@link #sendHeld()} first.
 */
@Singleton
class Sql {

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** The owning tenant of a row, as the tenant-discovery queries return it. */
    static final Row<UUID> CUSTOMER_ID = row -> row.getObject("customer_id", UUID.class);

    /** A statement held back until the transaction's next one, and how its outcome is checked. */
    private record Held(String sql, Object[] parameters, Check check) {
    }

    @FunctionalInterface
    private interface Check {
        void of(PreparedStatement statement) throws SQLException;
    }

    /** Reads the last result of a statement sent with the writes held before it. */
    @FunctionalInterface
    private interface Result<T> {
        T read(PreparedStatement statement) throws SQLException;
    }

    private final ConnectionOperations<Connection> connections;
    private final TransactionOperations<Connection> transactions;
    private final Map<Connection, List<Held>> held = new ConcurrentHashMap<>();

    Sql(ConnectionOperations<Connection> connections, TransactionOperations<Connection> transactions) {
        this.connections = connections;
        this.transactions = transactions;
    }

    int update(String sql, Object... parameters) {
        return run(sql, false, parameters, PreparedStatement::getUpdateCount);
    }

    /**
     * A write that must change exactly one row and whose outcome the caller does not need at once:
     * inside a transaction it goes with the next statement or before the commit, outside at once.
     *
     * @param unlessOneRow the failure's message when it changes no row or several
     */
    void updateWithNext(String unlessOneRow, String sql, Object... parameters) {
        updateWithNext(1, unlessOneRow, sql, parameters);
    }

    /** Like {@link #updateWithNext(String, String, Object...)}, for a write that must change {@code rows} rows. */
    void updateWithNext(int rows, String unlessAllRows, String sql, Object... parameters) {
        withNext(sql, parameters, statement -> expectRows(rows, statement.getUpdateCount(), unlessAllRows));
    }

    /**
     * Inserts a row for each item with one statement, held like {@link #updateWithNext}: nothing when there are
     * none.
     *
     * @param what what the rows are, for the failure's message
     */
    <T> void insertAllWithNext(Insert<T> insert, List<T> items, String what) {
        if (items.isEmpty()) {
            return;
        }
        updateWithNext(items.size(), items.size() + " " + what + " were not all written", insert.sql(items.size()),
                insert.values(items));
    }

    /** {@code count} copies of one row's placeholders, such as {@code (?, ?)}, for a statement of several rows. */
    static String rows(int count, String row) {
        return String.join(", ", Collections.nCopies(count, row));
    }

    /**
     * A statement writing one row per item, in the items' order.
     *
     * @param insert the statement up to its {@code VALUES}
     * @param row    one row's placeholders, such as {@code (?, ?)}
     * @param values one row's values, in the order of its placeholders
     */
    record Insert<T>(String insert, String row, Function<T, Object[]> values) {

        String sql(int rows) {
            return insert + " VALUES " + rows(rows, row);
        }

        Object[] values(List<T> items) {
            return items.stream().flatMap(item -> Arrays.stream(values.apply(item))).toArray();
        }
    }

    /**
     * Like {@link #updateWithNext}, for a statement whose rows only need checking: {@code check}
     * sees each of them and throws to fail the transaction.
     */
    void checkWithNext(String sql, Row<?> check, Object... parameters) {
        withNext(sql, parameters, statement -> {
            try (var results = statement.getResultSet()) {
                while (results.next()) {
                    check.map(results);
                }
            }
        });
    }

    private void withNext(String sql, Object[] parameters, Check check) {
        var transaction = transactions.findTransactionStatus();
        if (transaction.isEmpty() || inAutoCommit()) {
            run(sql, false, parameters, statement -> {
                check.of(statement);
                return null;
            });
            return;
        }
        var connection = connections.getConnectionStatus().getConnection();
        held.computeIfAbsent(connection, first -> {
            transaction.get().registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    sendHeld(connection);
                }

                @Override
                public void afterCompletion(Status status) {
                    held.remove(connection);
                }
            });
            return new ArrayList<>();
        }).add(new Held(sql, parameters, check));
    }

    /** Before a statement sent past this class (the export's cursor), on the current connection. */
    void sendHeld() {
        onConnection(() -> {
            sendHeld(connections.getConnectionStatus().getConnection());
            return null;
        });
    }

    /** A status without a transaction (propagation that runs without one) commits nothing to send with. */
    private boolean inAutoCommit() {
        try {
            var status = connections.findConnectionStatus();
            return status.isEmpty() || status.get().getConnection().getAutoCommit();
        } catch (SQLException failure) {
            throw new DataAccessException("the connection's auto-commit could not be read", failure);
        }
    }

    private void sendHeld(Connection connection) {
        var writes = new ArrayList<>(heldFor(connection));
        if (writes.isEmpty()) {
            return;
        }
        // The last one carries the others, as any statement does.
        var last = writes.removeLast();
        held.put(connection, writes);
        try {
            send(connection, last.sql(), false, last.parameters(), statement -> {
                last.check().of(statement);
                return null;
            });
        } catch (RuntimeException failure) {
            throw DatabaseFailures.translate(failure);
        }
    }

    <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        return query(sql, row, false, parameters);
    }

    /**
     * Like {@link #list}, but planned for its values on every call. A statement run often on one
     * connection is otherwise switched to PostgreSQL's generic plan, chosen without the values: wrong
     * where the best plan depends on them (a rare search term wants the trigram index, a common one
     * the newest-first scan that stops after a page).
     */
    <T> List<T> listPlannedForValues(String sql, Row<T> row, Object... parameters) {
        return query(sql, row, true, parameters);
    }

    private <T> List<T> query(String sql, Row<T> row, boolean plannedForValues, Object[] parameters) {
        return run(sql, plannedForValues, parameters, statement -> {
            try (var results = statement.getResultSet()) {
                var rows = new ArrayList<T>();
                while (results.next()) {
                    rows.add(row.map(results));
                }
                return rows;
            }
        });
    }

    private <T> T run(String sql, boolean plannedForValues, Object[] parameters, Result<T> result) {
        return onConnection(() -> send(connections.getConnectionStatus().getConnection(), sql, plannedForValues,
                parameters, result));
    }

    /**
     * Sends the statement, after the writes held for this connection, in one round trip. On the
     * connection itself: before the commit, the transaction's connection is no longer the current one.
     */
    private <T> T send(Connection connection, String sql, boolean plannedForValues, Object[] parameters,
                       Result<T> result) {
        var before = heldFor(connection);
        var text = new StringBuilder();
        var values = new ArrayList<>();
        for (var write : before) {
            text.append(write.sql()).append(";\n");
            values.addAll(Arrays.asList(write.parameters()));
        }
        text.append(sql);
        values.addAll(Arrays.asList(parameters));
        try (var statement = connection.prepareStatement(text.toString())) {
            if (plannedForValues) {
                // never a named server-side statement, so never a cached generic plan
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            bind(statement, values.toArray());
            statement.execute();
            for (var write : before) {
                write.check().of(statement);
                statement.getMoreResults();
            }
            return result.read(statement);
        } catch (SQLException failure) {
            throw new DataAccessException("SQL error executing: " + text, failure);
        }
    }

    private List<Held> heldFor(Connection connection) {
        var writes = held.remove(connection);
        return writes == null ? List.of() : writes;
    }

    private static void expectRows(int expected, int changed, String unlessAllRows) {
        if (changed != expected) {
            throw new IllegalStateException(unlessAllRows);
        }
    }

    /** Joins the surrounding transaction's connection, or borrows one for this statement alone. */
    private <T> T onConnection(Supplier<T> statement) {
        try {
            return connections.execute(ConnectionDefinition.DEFAULT, status -> statement.get());
        } catch (RuntimeException failure) {
            throw DatabaseFailures.translate(failure);
        }
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... parameters) {
        var rows = list(sql, row, parameters);
        if (rows.size() > 1) {
            throw new IllegalStateException("expected at most one row, got " + rows.size() + " for: " + sql);
        }
        return rows.stream().findFirst();
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        var value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Binds in order; an {@link Instant} goes as UTC {@code timestamptz}. */
    static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int index = 0; index < parameters.length; index++) {
            var value = parameters[index] instanceof Instant instant
                    ? instant.atOffset(ZoneOffset.UTC)
                    : parameters[index];
            statement.setObject(index + 1, value);
        }
    }
}
