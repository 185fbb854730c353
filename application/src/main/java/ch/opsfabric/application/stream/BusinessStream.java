package ch.opsfabric.application.stream;

import ch.opsfabric.application.port.out.StreamEvent;
import ch.opsfabric.application.port.out.StreamEventsPort;
import ch.opsfabric.application.port.out.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One business's open streams on this instance and how far they have read its events. Reading and
 * attaching take turns (one lock per business), which is what makes a resume exact: a client's
 * replay reads everything committed before it attaches, and every later event is read by a
 * catch-up that finds it attached. Each client gets an event only if its sequence is above the
 * client's position, so an event read by both reaches it once. A business's sequence follows its
 * commit order (migration V19), so reading "after the cursor" never skips an event committed late.
 */
final class BusinessStream {

    private static final int PAGE = 500;

    final UUID tenantId;
    /** Streams attached or about to be; the hub forgets the business when none is left. */
    final AtomicInteger members = new AtomicInteger();
    private final Transactions transactions;
    private final StreamEventsPort events;
    private final int replayLimit;
    private final List<StreamHub.OpenStream> streams = new ArrayList<>();
    /** The last sequence handed out here; unknown (-1) until the first client attaches. */
    private long cursor = -1;

    BusinessStream(UUID tenantId, Transactions transactions, StreamEventsPort events, int replayLimit) {
        this.tenantId = tenantId;
        this.transactions = transactions;
        this.events = events;
        this.replayLimit = replayLimit;
    }

    synchronized void attach(StreamHub.OpenStream stream, OptionalLong lastEventId) {
        var latest = cursor < 0 || lastEventId.isPresent()
                ? transactions.forTenant(tenantId, () -> events.latest(tenantId)) : cursor;
        if (cursor < 0) {
            cursor = latest;
        }
        stream.position = cursor;
        if (lastEventId.isPresent()) {
            // An id the business never reached (kept by a client across a restore of the database, say)
            // counts as its latest, or the client would wait for events it will never be sent.
            stream.position = Math.min(lastEventId.getAsLong(), latest);
            var missed = read(stream.position, replayLimit);
            for (var event : missed) {
                if (!stream.client.offer(event)) {
                    stream.drop();
                    return;
                }
                stream.position = event.sequence();
            }
            if (missed.size() == replayLimit) {
                // Maybe more: the client resumes from what it got, in another bounded step.
                stream.finish();
                return;
            }
        }
        streams.add(stream);
    }

    synchronized void detach(StreamHub.OpenStream stream) {
        streams.remove(stream);
    }

    /** Reads what the business committed since the last read and hands it to its clients. */
    synchronized void catchUp() {
        if (streams.isEmpty()) {
            return;
        }
        List<StreamEvent> page;
        do {
            page = read(cursor, PAGE);
            for (var event : page) {
                for (var stream : List.copyOf(streams)) {
                    if (event.sequence() > stream.position) {
                        if (stream.client.offer(event)) {
                            stream.position = event.sequence();
                        } else {
                            stream.drop();
                        }
                    }
                }
                cursor = event.sequence();
            }
        } while (page.size() == PAGE);
    }

    synchronized void keepAlive() {
        for (var stream : List.copyOf(streams)) {
            if (!stream.client.offerKeepAlive()) {
                stream.drop();
            }
        }
    }

    private List<StreamEvent> read(long after, int limit) {
        return transactions.forTenant(tenantId, () -> events.after(tenantId, after, limit));
    }
}
