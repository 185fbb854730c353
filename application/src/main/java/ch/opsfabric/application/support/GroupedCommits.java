package ch.opsfabric.application.support;

import ch.opsfabric.application.port.out.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Small writes of one business that many threads want committed at about the same time, such as the
 * outcomes of SMS the provider answered together, committed in one transaction instead of one each: the
 * first caller writes whatever has queued up for the business meanwhile, the others wait for that
 * commit. {@link #commit} returns only once its own write is committed, so each is as durable as
 * before when its caller goes on. A write that fails makes the group's transaction roll back; then
 * each write of the group is tried again in a transaction of its own, and only the failing one's
 * caller gets the failure. Nothing waits for a group to fill: a write alone is committed at once.
 */
public final class GroupedCommits {

    private final Transactions transactions;
    private final int maxGroup;
    private final Map<UUID, Business> businesses = new ConcurrentHashMap<>();

    public GroupedCommits(Transactions transactions, int maxGroup) {
        if (maxGroup < 1) {
            throw new IllegalArgumentException("maxGroup must be at least 1, not " + maxGroup);
        }
        this.transactions = transactions;
        this.maxGroup = maxGroup;
    }

    /** Runs the write in a transaction of the business, maybe together with others, and returns once it is committed. */
    public void commit(UUID tenantId, Runnable write) {
        var business = businesses.computeIfAbsent(tenantId, Business::new);
        var queued = new Queued(write);
        business.queue.add(queued);
        business.writeWhileQueued();
        Completion.await(queued.committed());
    }

    /** How many writes of the business wait for a group to be written. */
    int queued(UUID tenantId) {
        var business = businesses.get(tenantId);
        return business == null ? 0 : business.queue.size();
    }

    private record Queued(Runnable write, CompletableFuture<Void> committed) {

        Queued(Runnable write) {
            this(write, new CompletableFuture<>());
        }
    }

    private final class Business {

        private final UUID tenantId;
        private final ConcurrentLinkedQueue<Queued> queue = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean writing = new AtomicBoolean();

        Business(UUID tenantId) {
            this.tenantId = tenantId;
        }

        /**
         * Whoever finds no group being written writes the next one; the writer looks at the queue again after
         * it lets go, so a write queued while it was busy is never left waiting.
         */
        void writeWhileQueued() {
            while (!queue.isEmpty() && writing.compareAndSet(false, true)) {
                try {
                    write(next());
                } finally {
                    writing.set(false);
                }
            }
        }

        private List<Queued> next() {
            var group = new ArrayList<Queued>();
            for (var queued = queue.poll(); queued != null; queued = group.size() < maxGroup ? queue.poll() : null) {
                group.add(queued);
            }
            return group;
        }

        private void write(List<Queued> group) {
            try {
                transactions.forTenant(tenantId, () -> group.forEach(queued -> queued.write().run()));
                group.forEach(queued -> queued.committed().complete(null));
            } catch (RuntimeException | Error failure) {
                if (group.size() == 1) {
                    group.getFirst().committed().completeExceptionally(failure);
                    return;
                }
                group.forEach(this::writeAlone);
            }
        }

        private void writeAlone(Queued queued) {
            try {
                transactions.forTenant(tenantId, queued.write());
                queued.committed().complete(null);
            } catch (RuntimeException | Error failure) {
                queued.committed().completeExceptionally(failure);
            }
        }
    }
}
