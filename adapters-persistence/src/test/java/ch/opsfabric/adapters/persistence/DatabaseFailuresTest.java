package ch.opsfabric.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.ServiceUnavailable;
import io.micronaut.data.connection.exceptions.ConnectionException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void a_broken_connection_means_the_service_is_briefly_unavailable() {
        var failure = new RuntimeException(new SQLException("An I/O error occurred", "08006"));

        assertThat(DatabaseFailures.translate(failure)).isInstanceOf(ServiceUnavailable.class).hasCause(failure);
    }

    @Test
    void a_pooled_connection_the_stopping_server_terminated_means_unavailable_too() {
        var failure = new RuntimeException(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));

        assertThat(DatabaseFailures.translate(failure)).isInstanceOf(ServiceUnavailable.class);
    }

    @Test
    void a_pool_that_cannot_get_a_connection_means_unavailable_too() {
        assertThat(DatabaseFailures.translate(new RuntimeException(new SQLTransientConnectionException("timeout"))))
                .isInstanceOf(ServiceUnavailable.class);
        assertThat(DatabaseFailures.translate(new ConnectionException("Connection is closed")))
                .isInstanceOf(ServiceUnavailable.class);
    }

    @Test
    void a_failing_statement_stays_what_it_is() {
        var failure = new RuntimeException(new SQLException("duplicate key", "23505"));

        assertThat(DatabaseFailures.translate(failure)).isSameAs(failure);
    }
}
