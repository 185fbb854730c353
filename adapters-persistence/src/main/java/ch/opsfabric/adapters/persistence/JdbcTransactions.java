package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.Transactions;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Transactions on the default datasource; repositories called inside join them. A tenant's
 * transaction names its tenant to the database ({@code app.customer_id}, local to the transaction),
 * which row level security (migration V10) turns into a second fence behind each query's own
 * {@code customer_id} condition.
 */
@Singleton
class JdbcTransactions implements Transactions {

    private final TransactionOperations<Connection> operations;
    private final Sql sql;

    JdbcTransactions(TransactionOperations<Connection> operations, Sql sql) {
        this.operations = operations;
        this.sql = sql;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return operations.executeWrite(status -> work.get());
        } catch (RuntimeException failure) {
            throw DatabaseFailures.translate(failure);
        }
    }

    @Override
    public <T> T forTenant(UUID tenantId, Supplier<T> work) {
        return inTransaction(() -> {
            // Sent with the transaction's first statement, so naming the tenant costs no round trip of its own.
            sql.checkWithNext("SELECT coalesce(current_setting('app.customer_id', true), '') AS previous, "
                            + "set_config('app.customer_id', ?, true)",
                    row -> {
                        var previous = row.getString("previous");
                        if (!previous.isEmpty() && !previous.equals(tenantId.toString())) {
                            throw new IllegalStateException("a transaction for tenant " + previous
                                    + " cannot continue for tenant " + tenantId);
                        }
                        return previous;
                    }, tenantId.toString());
            return work.get();
        });
    }
}
