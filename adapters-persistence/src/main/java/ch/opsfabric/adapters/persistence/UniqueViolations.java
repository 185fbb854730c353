package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.Conflict;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/** Turns PostgreSQL's unique-constraint errors into conflicts that name the field at fault. */
final class UniqueViolations {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {
    }

    static RuntimeException translate(RuntimeException failure, Map<String, String> fieldByConstraint) {
        return sqlState(failure)
                .filter(UNIQUE_VIOLATION::equals)
                .flatMap(state -> fieldByConstraint.entrySet().stream()
                        .filter(entry -> String.valueOf(rootMessage(failure)).contains(entry.getKey()))
                        .findFirst())
                .<RuntimeException>map(entry -> new Conflict(entry.getValue(), entry.getValue() + " is already taken"))
                .orElse(failure);
    }

    private static Optional<String> sqlState(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.ofNullable(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable failure) {
        var root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
