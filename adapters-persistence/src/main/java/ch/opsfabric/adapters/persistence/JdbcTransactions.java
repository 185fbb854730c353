package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.Transactions;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/** Transactions on the default datasource; repositories called inside join them. */
@Singleton
class JdbcTransactions implements Transactions {

    private final TransactionOperations<Connection> operations;

    JdbcTransactions(TransactionOperations<Connection> operations) {
        this.operations = operations;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return operations.executeWrite(status -> work.get());
        } catch (RuntimeException failure) {
            throw DatabaseFailures.translate(failure);
        }
    }
}
