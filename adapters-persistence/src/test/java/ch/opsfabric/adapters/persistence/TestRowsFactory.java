package ch.opsfabric.adapters.persistence;

import ch.opsfabric.testsupport.Rows;
import io.micronaut.context.annotation.Factory;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/** The tests' direct line to the database, on the stores' pool but outside their transactions. */
@Factory
class TestRowsFactory {

    @Singleton
    Rows rows(DataSource dataSource, DataSourceResolver resolver) {
        // The injected DataSource is contextual (it joins Micronaut transactions); tests want the raw pool.
        return Rows.over(resolver.resolve(dataSource));
    }
}
