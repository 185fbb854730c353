package ch.opsfabric.bootstrap;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the database directly as its owner, outside the service's transactions and its
 * row level security, so tests arrange every tenant's rows and assert on what was really stored.
 */
@Singleton
final class Rows {

    private final String url;
    private final String user;
    private final String password;

    Rows(@Value("${datasources.default.url}") String url, @Value("${datasources.default.username}") String user,
         @Value("${datasources.default.password}") String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    private Connection owner() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    int execute(String sql) {
        try (var connection = owner(); var statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException failed) {
            throw new IllegalStateException("statement failed: " + sql, failed);
        }
    }

    long count(String sql, Object... parameters) {
        return ((Number) list(sql, parameters).getFirst().values().iterator().next()).longValue();
    }

    Map<String, Object> one(String sql, Object... parameters) {
        var rows = list(sql, parameters);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row, got " + rows.size() + " for " + sql);
        }
        return rows.getFirst();
    }

    List<Map<String, Object>> list(String sql, Object... parameters) {
        try (var connection = owner(); var statement = connection.prepareStatement(sql)) {
            for (int index = 0; index < parameters.length; index++) {
                statement.setObject(index + 1, parameters[index]);
            }
            try (var results = statement.executeQuery()) {
                return read(results);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("query failed: " + sql, failed);
        }
    }

    /** Each row as column label → value, in column order. */
    static List<Map<String, Object>> read(ResultSet results) throws SQLException {
        var rows = new ArrayList<Map<String, Object>>();
        var columns = results.getMetaData();
        while (results.next()) {
            var row = new LinkedHashMap<String, Object>();
            for (int column = 1; column <= columns.getColumnCount(); column++) {
                row.put(columns.getColumnLabel(column), results.getObject(column));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Every row the service writes, summed: a refused request must leave this unchanged. */
    long allRows() {
        return count("""
                SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM tickets)
                     + (SELECT count(*) FROM ticket_events) + (SELECT count(*) FROM outbound_sms)
                     + (SELECT count(*) FROM sms_log) + (SELECT count(*) FROM staff_tokens)""");
    }
}
