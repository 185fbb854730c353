package ch.opsfabric.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.util.PGobject;

/**
 * Reads and writes the database directly, on connections of its own and outside the code under
 * test's transactions, so tests arrange rows and assert on what was really committed. Timestamps
 * come back as {@link Instant}, JSONB as its text; an {@link Instant} parameter is bound as a
 * {@code timestamptz}.
 */
public final class Rows {

    /** Where the connections come from. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    private final Connections connections;

    private Rows(Connections connections) {
        this.connections = connections;
    }

    /** Over a pool; give it the raw pool, not one that joins the code under test's transactions. */
    public static Rows over(DataSource dataSource) {
        return new Rows(dataSource::getConnection);
    }

    /**
     * As the given user on connections opened for each statement: with the owner's credentials this
     * works outside the role and the row level security the service's own pool works under.
     */
    public static Rows as(String url, String user, String password) {
        return new Rows(() -> DriverManager.getConnection(url, user, password));
    }

    /** One statement with parameters; the number of rows it changed. */
    public int update(String sql, Object... parameters) {
        try (var connection = connections.open(); var statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException failed) {
            throw new IllegalStateException("statement failed: " + sql, failed);
        }
    }

    /** SQL without parameters, several statements allowed. */
    public int execute(String sql) {
        try (var connection = connections.open(); var statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException failed) {
            throw new IllegalStateException("statement failed: " + sql, failed);
        }
    }

    /** The first column of the only row, as a number: for {@code SELECT count(*) …}. */
    public long count(String sql, Object... parameters) {
        return ((Number) one(sql, parameters).values().iterator().next()).longValue();
    }

    public Map<String, Object> one(String sql, Object... parameters) {
        var rows = list(sql, parameters);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row, got " + rows.size() + " for " + sql);
        }
        return rows.getFirst();
    }

    public List<Map<String, Object>> list(String sql, Object... parameters) {
        try (var connection = connections.open(); var statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (var results = statement.executeQuery()) {
                return read(results);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("query failed: " + sql, failed);
        }
    }

    /** Every row the service writes, summed: a refused request must leave this unchanged. */
    public long allRows() {
        return count("""
                SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM tickets)
                     + (SELECT count(*) FROM ticket_events) + (SELECT count(*) FROM outbound_sms)
                     + (SELECT count(*) FROM sms_log) + (SELECT count(*) FROM staff_tokens)""");
    }

    /** Each row as column label → value, in column order, values as {@link #list} gives them. */
    public static List<Map<String, Object>> read(ResultSet results) throws SQLException {
        var rows = new ArrayList<Map<String, Object>>();
        var columns = results.getMetaData();
        while (results.next()) {
            var row = new LinkedHashMap<String, Object>();
            for (int column = 1; column <= columns.getColumnCount(); column++) {
                row.put(columns.getColumnLabel(column), plain(results.getObject(column)));
            }
            rows.add(row);
        }
        return rows;
    }

    private static Object plain(Object value) {
        return switch (value) {
            case Timestamp timestamp -> timestamp.toInstant();
            case PGobject json -> json.getValue();
            case null, default -> value;
        };
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int index = 0; index < parameters.length; index++) {
            var value = parameters[index] instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : parameters[index];
            statement.setObject(index + 1, value);
        }
    }
}
