package ch.opsfabric.bootstrap;

import ch.opsfabric.testsupport.Rows;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The tests' direct line to the database, as its owner: outside the service's transactions and
 * its row level security, so tests arrange every tenant's rows and assert on what was really stored.
 */
@Factory
class TestRowsFactory {

    @Singleton
    Rows rows(@Value("${datasources.default.url}") String url, @Value("${datasources.default.username}") String user,
              @Value("${datasources.default.password}") String password) {
        return Rows.as(url, user, password);
    }
}
