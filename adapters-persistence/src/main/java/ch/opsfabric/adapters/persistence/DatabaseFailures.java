package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.ServiceUnavailable;
import io.micronaut.data.connection.exceptions.ConnectionException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (down, restarting, connections broken) from a failure
 * of the statement itself, so the first becomes a retryable "unavailable" and the second stays a bug.
 */
final class DatabaseFailures {

    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** Server shutting down, crashed or starting up (57P01–57P03): a pooled connection meets it first. */
    private static final String SERVER_GOING_AWAY = "57P0";

    private DatabaseFailures() {
    }

    static RuntimeException translate(RuntimeException failure) {
        return unreachable(failure) ? new ServiceUnavailable("the database cannot be reached", failure) : failure;
    }

    private static boolean unreachable(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)
                        || sql.getSQLState().startsWith(SERVER_GOING_AWAY))) {
                return true;
            }
        }
        return false;
    }
}
