package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.CommittedEventsPort;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One listening connection per instance, outside the pool: it is held for the life of the service, and
 * pgjdbc's {@link PGConnection#getNotifications(int)} needs the physical connection. Every
 * {@link #NUMBERING_INTERVAL} it numbers the stream events committed since (migration V36: in a
 * transaction of its own, one instance at a time), which notifies {@code stream_events} naming each
 * business with news on every instance; those names reach the hub. Polling instead of being notified by
 * each writing transaction keeps the writers from queueing for PostgreSQL's notification lock at commit.
 * After every (re)connection the hub hears that news may have been missed, so nothing committed while
 * the listener was away stays unread.
 */
@Singleton
class PostgresCommittedEvents implements CommittedEventsPort {

    private static final String NUMBERED = "stream_events";
    /** Bounds the time from a commit to its event's number; an idle instance spends one small query on it. */
    private static final Duration NUMBERING_INTERVAL = Duration.ofMillis(100);
    private static final Logger LOG = LoggerFactory.getLogger(PostgresCommittedEvents.class);
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);

    private final String url;
    private final Properties credentials = new Properties();
    private volatile boolean running = true;
    private Thread listening;

    PostgresCommittedEvents(@Value("${datasources.default.url}") String url,
                            @Value("${datasources.default.username:}") String username,
                            @Value("${datasources.default.password:}") String password) {
        this.url = url;
        credentials.setProperty("user", username);
        credentials.setProperty("password", password);
        credentials.setProperty("tcpKeepAlive", "true");
        credentials.setProperty("ApplicationName", "opsfabric stream listener");
    }

    @Override
    public synchronized void listen(Listener listener) {
        if (listening != null) {
            throw new IllegalStateException("the stream listener runs already");
        }
        listening = Thread.ofPlatform().daemon().name("stream-listener").start(() -> listenUntilStopped(listener));
    }

    private void listenUntilStopped(Listener listener) {
        while (running) {
            try (var connection = DriverManager.getConnection(url, credentials)) {
                relay(connection, listener);
            } catch (SQLException | RuntimeException failure) {
                if (running) {
                    LOG.warn("stream listener: {}; reconnecting in {} s", failure.toString(),
                            RECONNECT_PAUSE.toSeconds());
                    pause();
                }
            }
        }
    }

    private void relay(Connection connection, Listener listener) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("LISTEN " + NUMBERED);
        }
        listener.mayHaveMissed();
        var notifications = connection.unwrap(PGConnection.class);
        var numberingDue = System.nanoTime();
        while (running) {
            var untilDue = Duration.ofNanos(numberingDue - System.nanoTime());
            // At least 1 ms: pgjdbc waits forever for a timeout of 0.
            var received = notifications.getNotifications((int) Math.max(1, untilDue.toMillis()));
            if (received != null && received.length > 0) {
                listener.committed(businesses(received));
            }
            if (System.nanoTime() - numberingDue >= 0) {
                numberPending(connection);
                numberingDue = System.nanoTime() + NUMBERING_INTERVAL.toNanos();
            }
        }
    }

    private static void numberPending(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("SELECT stream_number_pending()");
        }
    }

    private static Set<UUID> businesses(PGNotification[] received) {
        var businesses = new HashSet<UUID>();
        Arrays.stream(received).map(PGNotification::getParameter).forEach(id -> businesses.add(UUID.fromString(id)));
        return businesses;
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_PAUSE);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        running = false;
        if (listening != null) {
            listening.join(NUMBERING_INTERVAL.multipliedBy(10));
        }
    }
}
