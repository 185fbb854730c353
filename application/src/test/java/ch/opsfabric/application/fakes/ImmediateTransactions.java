package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.Transactions;
import java.util.function.Supplier;

/**
 * Runs the work at once and remembers how often it was asked to, and whether a transaction is
 * running now, so the in-memory stores can tell which writes happened outside one.
 */
public final class ImmediateTransactions implements Transactions {

    private int calls;
    private int depth;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        calls++;
        depth++;
        try {
            return work.get();
        } finally {
            depth--;
        }
    }

    public int calls() {
        return calls;
    }

    public boolean active() {
        return depth > 0;
    }
}
