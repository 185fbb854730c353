package ch.opsfabric.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zero-setup default: a real PostgreSQL started from the binaries on the classpath when no
 * datasource is configured ({@code DATASOURCES_DEFAULT_URL} or {@code datasources.default.url}).
 *
 * <p>Its data lives in the folder {@code OPSFABRIC_DATA_DIR} ({@code ./data} unless set), so a
 * restart keeps the businesses, their tickets and the demo business's token. The folder holds
 * {@code postgres/} (PostgreSQL's own data directory), {@code demo-staff-token} and a lock that a
 * running OpsFabric holds, so two never share one folder. A PostgreSQL that a killed OpsFabric left
 * running there is stopped before the new one starts. {@code OPSFABRIC_DATA_DIR=throwaway} keeps
 * nothing: a temporary folder, deleted at exit.
 */
final class EmbeddedDatabase {

    static final String DATA_DIR_VARIABLE = "OPSFABRIC_DATA_DIR";
    /**
     * Set (true) only here: what holds on the demo default alone reads it (adapters-http's
     * {@code UnsignedWebhooks} takes unsigned callbacks).
     */
    static final String IN_USE = "opsfabric.embedded-database";
    static final String THROWAWAY = "throwaway";
    static final Path DEFAULT_DATA_DIR = Path.of("data");

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration STALE_SERVER_PATIENCE = Duration.ofSeconds(30);

    private final Map<String, Object> properties;
    private final EmbeddedPostgres server;
    private final FileLock folderLock;

    private EmbeddedDatabase(Map<String, Object> properties, EmbeddedPostgres server, FileLock folderLock) {
        this.properties = properties;
        this.server = server;
        this.folderLock = folderLock;
    }

    static EmbeddedDatabase startUnlessConfigured() {
        if (System.getenv("DATASOURCES_DEFAULT_URL") != null || System.getProperty("datasources.default.url") != null) {
            return new EmbeddedDatabase(Map.of(), null, null);
        }
        var database = keptFolder(System.getenv(DATA_DIR_VARIABLE))
                .map(EmbeddedDatabase::startIn)
                .orElseGet(EmbeddedDatabase::startThrowaway);
        // The hook also keeps the folder's lock reachable for as long as the process lives.
        Runtime.getRuntime().addShutdownHook(new Thread(database::stop, "embedded-postgres-stop"));
        return database;
    }

    /** The folder {@code OPSFABRIC_DATA_DIR} names: {@code ./data} when unset or blank, none for {@code throwaway}. */
    static Optional<Path> keptFolder(String setting) {
        if (setting == null || setting.isBlank()) {
            return Optional.of(DEFAULT_DATA_DIR);
        }
        return setting.strip().equals(THROWAWAY) ? Optional.empty() : Optional.of(Path.of(setting.strip()));
    }

    /** A server whose data is kept in {@code folder} and found there again at the next start. */
    static EmbeddedDatabase startIn(Path folder) {
        var dataDir = folder.toAbsolutePath().normalize();
        createPrivately(dataDir);
        var folderLock = lock(dataDir);
        var postgresData = dataDir.resolve("postgres");
        try {
            StalePostgres.stopIfRunning(postgresData, STALE_SERVER_PATIENCE);
            var server = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(PostgresBinaries.RESOLVER)
                    .setDataDirectory(postgresData)
                    .setCleanDataDirectory(false)
                    // zonky starts PostgreSQL tuned for tests (-F: no fsync); data that is kept must survive a power cut.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            var url = server.getJdbcUrl("postgres", "postgres");
            LOG.info("No database configured: embedded PostgreSQL at {}, its data kept in {} ({}; {}={} keeps nothing)", url,
                    dataDir, DATA_DIR_VARIABLE, DATA_DIR_VARIABLE, THROWAWAY);
            var properties = new HashMap<>(connection(url));
            properties.put(DemoTenant.TOKEN_FILE, dataDir.resolve(DemoTenant.TOKEN_FILE_NAME).toString());
            return new EmbeddedDatabase(Map.copyOf(properties), server, folderLock);
        } catch (IOException failedToStart) {
            release(folderLock);
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + postgresData, failedToStart);
        } catch (RuntimeException failedToStart) {
            release(folderLock);
            throw failedToStart;
        }
    }

    private static EmbeddedDatabase startThrowaway() {
        try {
            var server = EmbeddedPostgres.builder().setPgBinaryResolver(PostgresBinaries.RESOLVER).start();
            var url = server.getJdbcUrl("postgres", "postgres");
            LOG.info("No database configured: throwaway embedded PostgreSQL at {} ({}={}), deleted at exit", url,
                    DATA_DIR_VARIABLE, THROWAWAY);
            return new EmbeddedDatabase(connection(url), server, null);
        } catch (IOException failedToStart) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", failedToStart);
        }
    }

    static Map<String, Object> connection(String url) {
        return Map.of(
                "datasources.default.url", url,
                "datasources.default.username", "postgres",
                "datasources.default.password", "postgres",
                DemoTenant.ENABLED, true,
                IN_USE, true);
    }

    Map<String, Object> properties() {
        return properties;
    }

    /** Stops the server (zonky also does at JVM exit) and frees the folder; a kept folder stays, a throwaway one goes. */
    void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignoredAtShutdown) {
                // The server is going away either way.
            }
        }
        release(folderLock);
    }

    /** The folder holds the demo token and the business's data: readable by its owner only, where the OS can say so. */
    private static void createPrivately(Path dataDir) {
        try {
            if (Files.isDirectory(dataDir)) {
                return;
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(dataDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dataDir);
            }
        } catch (IOException failed) {
            throw new StartRefused("Cannot create the data folder " + dataDir + " (" + failed.getMessage() + "): set "
                    + DATA_DIR_VARIABLE + " to a folder this user may write.");
        }
    }

    /**
     * Held until the server stops or the process ends, by whatever means: the operating system
     * releases it even after {@code kill -9}, so a free lock with a server still running on the
     * folder means that server is an orphan.
     */
    private static FileLock lock(Path dataDir) {
        try {
            var channel = FileChannel.open(dataDir.resolve("opsfabric.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock held;
            try {
                held = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisProcess) {
                held = null;
            }
            if (held == null) {
                channel.close();
                throw new StartRefused("Another OpsFabric is running on the data folder " + dataDir + ": stop it first, or set "
                        + DATA_DIR_VARIABLE + " to another folder.");
            }
            return held;
        } catch (IOException failed) {
            throw new UncheckedIOException("could not lock the data folder " + dataDir, failed);
        }
    }

    private static void release(FileLock folderLock) {
        if (folderLock == null) {
            return;
        }
        try {
            folderLock.channel().close();
        } catch (IOException ignored) {
            // Closing the channel releases the lock; the process ending does as well.
        }
    }
}
