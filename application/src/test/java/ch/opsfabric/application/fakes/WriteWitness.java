package ch.opsfabric.application.fakes;

import java.util.ArrayList;
import java.util.List;

/** Notes every write an in-memory store takes that no transaction surrounds. */
final class WriteWitness {

    private final ImmediateTransactions transactions;
    private final List<String> outside = new ArrayList<>();

    WriteWitness(ImmediateTransactions transactions) {
        this.transactions = transactions;
    }

    void saw(String write) {
        if (transactions != null && !transactions.active()) {
            outside.add(write);
        }
    }

    List<String> outsideTransactions() {
        return List.copyOf(outside);
    }
}
