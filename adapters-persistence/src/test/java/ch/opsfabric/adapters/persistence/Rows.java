package ch.opsfabric.adapters.persistence;

import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
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
 * Reads and writes the database directly, on connections of its own and outside the stores'
 * transactions, so tests assert on what was really committed. Timestamps come back as
 * {@link Instant}, JSONB as its text.
 */
@Singleton
final class Rows {

    private final DataSource dataSource;

    Rows(DataSource dataSource, DataSourceResolver resolver) {
        // The injected DataSource is contextual (it joins Micronaut transactions); tests want the raw pool.
        this.dataSource = resolver.resolve(dataSource);
    }

    int update(String sql, Object... parameters) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException failed) {
            throw new IllegalStateException("statement failed: " + sql, failed);
        }
    }

    long count(String sql, Object... parameters) {
        return ((Number) one(sql, parameters).values().iterator().next()).longValue();
    }

    Map<String, Object> one(String sql, Object... parameters) {
        var rows = list(sql, parameters);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row, got " + rows.size() + " for " + sql);
        }
        return rows.getFirst();
    }

    List<Map<String, Object>> list(String sql, Object... parameters) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (var results = statement.executeQuery()) {
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
        } catch (SQLException failed) {
            throw new IllegalStateException("query failed: " + sql, failed);
        }
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
