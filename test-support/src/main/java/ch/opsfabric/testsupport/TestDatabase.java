package ch.opsfabric.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL per test JVM, and a fresh database in it for every test class, so classes
 * never see each other's rows and the server starts only once. The database is empty; the
 * service's Flyway migrates it when the application context starts.
 */
public final class TestDatabase {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabase() {
    }

    /**
     * Micronaut properties pointing at a new, empty database (named {@code opsfabric_test_<n>});
     * the map is the caller's to add to.
     */
    public static Map<String, String> freshDatabase() {
        var name = "opsfabric_test_" + DATABASES.incrementAndGet();
        try (var connection = server().getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException failed) {
            throw new IllegalStateException("could not create test database " + name, failed);
        }
        var properties = new HashMap<String, String>();
        properties.put("datasources.default.url", server().getJdbcUrl("postgres", name));
        properties.put("datasources.default.username", "postgres");
        properties.put("datasources.default.password", "postgres");
        return properties;
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException failed) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", failed);
            }
        }
        return server;
    }
}
