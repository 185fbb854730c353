package ch.opsfabric.application.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Notes every write an in-memory store takes that no transaction of the row's own tenant surrounds:
 * the database's row level security would refuse it.
 */
final class WriteWitness {

    private final ImmediateTransactions transactions;
    private final List<String> outside = new ArrayList<>();

    WriteWitness(ImmediateTransactions transactions) {
        this.transactions = transactions;
    }

    void saw(String write, UUID owner) {
        if (transactions != null && (!transactions.active() || !transactions.tenant().map(owner::equals).orElse(false))) {
            outside.add(write);
        }
    }

    List<String> outsideTransactions() {
        return List.copyOf(outside);
    }
}
