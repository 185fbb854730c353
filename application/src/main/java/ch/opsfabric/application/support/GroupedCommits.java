package ch.opsfabric.application.support;

import ch.opsfabric.application.port.ServiceUnavailable;
import ch.opsfabric.application.port.out.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Work of one business that many threads want committed at about the same time, such as the outcomes of
 * SMS the provider answered together or the inquiries of a busy morning, done for a group in one
 * transaction instead of one each: a caller whose work is still queued writes whatever has queued up for
 * the business meanwhile, the others wait for that commit. {@link #commit} returns only once its own work
 * is committed, so each is as durable as before when its caller goes on. Work that fails makes the group's
 * transaction roll back; then each of the group is done again in a transaction of its own, and only the
 * failing one's caller gets the failure (all of them when the database cannot be reached). Nothing waits
 * for a group to fill: work alone is committed at once. Callers are outside any transaction, so that each
 * group's transaction is its own and commits when its work is done.
 *
 * @param <I> what each caller asks for
 * @param <O> what each caller gets back
 */
public final class GroupedCommits<I, O> {

    private final Transactions transactions;
    private final int maxGroup;
    private final int maxWriters;
    private final Function<List<I>, List<O>> group;
    private final Executor handOff;
    private final Map<UUID, Business> businesses = new ConcurrentHashMap<>();

    /**
     * @param maxWriters how many groups of one business may be written at once
     * @param group      does a group's work inside its transaction: one result for each input, in their order
     * @param handOff    runs what a caller leaves queued when its own work is done and no writer is busy
     */
    public GroupedCommits(Transactions transactions, int maxGroup, int maxWriters, Function<List<I>, List<O>> group,
                          Executor handOff) {
        if (maxGroup < 1 || maxWriters < 1) {
            throw new IllegalArgumentException("groups of at least 1 and at least 1 writer, not " + maxGroup
                    + " and " + maxWriters);
        }
        this.transactions = transactions;
        this.maxGroup = maxGroup;
        this.maxWriters = maxWriters;
        this.group = group;
        this.handOff = handOff;
    }

    /** Writes that return nothing, one group written at a time for each business. */
    public static GroupedCommits<Runnable, Void> ofWrites(Transactions transactions, int maxGroup, Executor handOff) {
        return new GroupedCommits<>(transactions, maxGroup, 1, writes -> {
            writes.forEach(Runnable::run);
            return writes.stream().map(write -> (Void) null).toList();
        }, handOff);
    }

    /** Does the work in a transaction of the business, maybe together with others, and returns once it is committed. */
    public O commit(UUID tenantId, I work) {
        var business = businesses.computeIfAbsent(tenantId, Business::new);
        var queued = new Queued<I, O>(work, new CompletableFuture<>());
        business.queue.add(queued);
        business.writeUntilDone(queued.committed());
        return Completion.await(queued.committed());
    }

    /** How much work of the business waits for a group to be written. */
    int queued(UUID tenantId) {
        var business = businesses.get(tenantId);
        return business == null ? 0 : business.queue.size();
    }

    private record Queued<I, O>(I work, CompletableFuture<O> committed) {
    }

    private final class Business {

        private final UUID tenantId;
        private final ConcurrentLinkedQueue<Queued<I, O>> queue = new ConcurrentLinkedQueue<>();
        private final Semaphore writers = new Semaphore(maxWriters);

        Business(UUID tenantId) {
            this.tenantId = tenantId;
        }

        /**
         * A caller writes groups while its own work waits and a writer's place is free; once its work is done it
         * leaves, so a busy morning never keeps one caller writing for all the others. Every writer looks at the
         * queue again after it lets go of its place and hands what is left on, so nothing queued is left waiting
         * for a caller that has gone.
         */
        void writeUntilDone(CompletableFuture<?> own) {
            while (!own.isDone() && !queue.isEmpty() && writers.tryAcquire()) {
                try {
                    writeNextGroup();
                } finally {
                    writers.release();
                }
            }
            if (!queue.isEmpty() && writers.availablePermits() > 0) {
                handOff.execute(() -> writeUntilDone(new CompletableFuture<>()));
            }
        }

        private void writeNextGroup() {
            var next = new ArrayList<Queued<I, O>>();
            for (var queued = queue.poll(); queued != null; queued = next.size() < maxGroup ? queue.poll() : null) {
                next.add(queued);
            }
            if (!next.isEmpty()) {
                write(next);
            }
        }

        private void write(List<Queued<I, O>> next) {
            try {
                var results = transactions.forTenant(tenantId,
                        () -> group.apply(next.stream().map(Queued::work).toList()));
                for (int index = 0; index < next.size(); index++) {
                    next.get(index).committed().complete(results.get(index));
                }
            } catch (RuntimeException | Error failure) {
                // An unreachable database is nobody's fault in the group: each alone would only wait for it again.
                if (next.size() == 1 || failure instanceof ServiceUnavailable) {
                    next.forEach(queued -> queued.committed().completeExceptionally(failure));
                    return;
                }
                next.forEach(this::writeAlone);
            }
        }

        private void writeAlone(Queued<I, O> queued) {
            try {
                queued.committed().complete(transactions.forTenant(tenantId,
                        () -> group.apply(List.of(queued.work())).getFirst()));
            } catch (RuntimeException | Error failure) {
                queued.committed().completeExceptionally(failure);
            }
        }
    }
}
