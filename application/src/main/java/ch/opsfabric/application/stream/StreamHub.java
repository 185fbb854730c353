package ch.opsfabric.application.stream;

import ch.opsfabric.application.port.in.OpenStreamUseCase;
import ch.opsfabric.application.port.in.StreamClient;
import ch.opsfabric.application.port.in.StreamOpening;
import ch.opsfabric.application.port.out.CommittedEventsPort;
import ch.opsfabric.application.port.out.StreamEventsPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.tenant.Tenant;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * This instance's open streams, grouped by business. News that a business committed events (from
 * any instance, {@link CommittedEventsPort}) makes its group read them once from the database and
 * hand each to every client of the business, so the cost of an event grows with the businesses
 * watching, not with the clients. No client is ever waited for: a full buffer disconnects it.
 *
 * <p>At most {@code maximum} streams are open at once; a client beyond gets {@link StreamOpening.AtCapacity}.
 */
public final class StreamHub implements OpenStreamUseCase, CommittedEventsPort.Listener {

    private final Transactions transactions;
    private final StreamEventsPort events;
    private final int maximum;
    private final int replayLimit;
    private final ConcurrentHashMap<UUID, BusinessStream> businesses = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();

    /**
     * @param replayLimit most events a resuming client is sent before it is disconnected to resume again
     *                    (at most its buffer's size, so a long absence is caught up in bounded steps)
     */
    public StreamHub(Transactions transactions, StreamEventsPort events, int maximum, int replayLimit) {
        if (maximum < 0 || replayLimit < 1) {
            throw new IllegalArgumentException("maximum must be >= 0 and replayLimit >= 1");
        }
        this.transactions = transactions;
        this.events = events;
        this.maximum = maximum;
        this.replayLimit = replayLimit;
    }

    @Override
    public StreamOpening open(Tenant tenant, OptionalLong lastEventId, StreamClient client) {
        if (open.incrementAndGet() > maximum) {
            open.decrementAndGet();
            return new StreamOpening.AtCapacity(maximum);
        }
        var business = businesses.compute(tenant.id(), (id, existing) -> {
            var joined = existing != null ? existing : new BusinessStream(id, transactions, events, replayLimit);
            joined.members.incrementAndGet();
            return joined;
        });
        var stream = new OpenStream(business, client);
        try {
            business.attach(stream, lastEventId);
            return stream;
        } catch (RuntimeException failure) {
            stream.close();
            throw failure;
        }
    }

    @Override
    public int openStreams() {
        return open.get();
    }

    @Override
    public void keepAlive() {
        businesses.values().forEach(BusinessStream::keepAlive);
    }

    @Override
    public void committed(Set<UUID> committers) {
        committers.stream().map(businesses::get).filter(Objects::nonNull)
                .forEach(BusinessStream::catchUp);
    }

    @Override
    public void mayHaveMissed() {
        businesses.values().forEach(BusinessStream::catchUp);
    }

    /** A client's place in its business's stream. */
    final class OpenStream implements StreamOpening.Opened {

        final StreamClient client;
        /** The last sequence the client was given (or, with none given yet, the one it starts after). */
        long position;
        private final BusinessStream business;
        private boolean closed;

        OpenStream(BusinessStream business, StreamClient client) {
            this.business = business;
            this.client = client;
        }

        @Override
        public void close() {
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
            }
            business.detach(this);
            businesses.computeIfPresent(business.tenantId, (id, joined) ->
                    joined.members.decrementAndGet() == 0 ? null : joined);
            open.decrementAndGet();
        }

        /** Disconnects a client that cannot take more; it resumes with the last id it received. */
        void drop() {
            close();
            client.disconnect();
        }

        /** Ends the stream after what the client holds; it resumes from the last of it. */
        void finish() {
            close();
            client.finish();
        }
    }
}
