package ch.opsfabric.adapters.persistence;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.postgresql.PGStatement;

/**
 * Plain SQL on the current transaction's connection. The stores keep their statements explicit
 * because the rules live in them: partial unique indexes with {@code ON CONFLICT},
 * {@code FOR UPDATE SKIP LOCKED}, JSONB casts.
 */
@Singleton
class Sql {

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** The owning tenant of a row, as the tenant-discovery queries return it. */
    static final Row<UUID> CUSTOMER_ID = row -> row.getObject("customer_id", UUID.class);

    private final JdbcOperations jdbc;
    private final ConnectionOperations<Connection> connections;

    Sql(JdbcOperations jdbc, ConnectionOperations<Connection> connections) {
        this.jdbc = jdbc;
        this.connections = connections;
    }

    int update(String sql, Object... parameters) {
        return onConnection(() -> jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            return statement.executeUpdate();
        }));
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
        return onConnection(() -> jdbc.prepareStatement(sql, statement -> {
            if (plannedForValues) {
                // never a named server-side statement, so never a cached generic plan
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            bind(statement, parameters);
            try (var results = statement.executeQuery()) {
                var rows = new ArrayList<T>();
                while (results.next()) {
                    rows.add(row.map(results));
                }
                return rows;
            }
        }));
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
