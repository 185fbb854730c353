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
 * One {@code LISTEN stream_events} connection per instance (migration V19 notifies on every commit
 * of stream events, naming the business). It is a connection of its own, outside the pool: it is
 * held for the life of the service, and pgjdbc's {@link PGConnection#getNotifications(int)} needs the
 * physical connection. After every (re)connection the listener hears that news may have been missed,
 * so nothing committed while it was away stays unread.
 */
@Singleton
class PostgresCommittedEvents implements CommittedEventsPort {

    static final String CHANNEL = "stream_events";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresCommittedEvents.class);
    private static final int WAIT_MILLIS = 500;
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
            statement.execute("LISTEN " + CHANNEL);
        }
        listener.mayHaveMissed();
        var notifications = connection.unwrap(PGConnection.class);
        while (running) {
            var received = notifications.getNotifications(WAIT_MILLIS);
            if (received != null && received.length > 0) {
                listener.committed(businesses(received));
            }
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
            listening.join(Duration.ofMillis(2L * WAIT_MILLIS));
        }
    }
}
