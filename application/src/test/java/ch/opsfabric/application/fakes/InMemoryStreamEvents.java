package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.ExpiredStreamEventsPort;
import ch.opsfabric.application.port.out.StreamEvent;
import ch.opsfabric.application.port.out.StreamEventsPort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Stream events as the database's trigger would number them: per business, 1, 2, 3, … */
public final class InMemoryStreamEvents implements StreamEventsPort, ExpiredStreamEventsPort {

    private final Map<UUID, List<StreamEvent>> events = new HashMap<>();

    /** Commits an event about {@code ticket} at {@code at} and answers it. */
    public synchronized StreamEvent commit(UUID business, UUID ticket, Instant at) {
        var own = events.computeIfAbsent(business, id -> new ArrayList<>());
        var event = new StreamEvent(own.size() + 1L, "ticket.updated", "status_changed", null, ticket,
                "IN_PROGRESS", "MED", null, null, at);
        own.add(event);
        return event;
    }

    @Override
    public synchronized List<StreamEvent> after(UUID customerId, long sequence, int limit) {
        return events.getOrDefault(customerId, List.of()).stream().filter(event -> event.sequence() > sequence)
                .limit(limit).toList();
    }

    @Override
    public synchronized long latest(UUID customerId) {
        return events.getOrDefault(customerId, List.of()).size();
    }

    @Override
    public synchronized List<UUID> tenantsWithEventsBefore(Instant cutoff) {
        return events.entrySet().stream()
                .filter(own -> own.getValue().stream().anyMatch(event -> event.at().isBefore(cutoff)))
                .map(Map.Entry::getKey).toList();
    }

    @Override
    public synchronized int deleteBefore(UUID customerId, Instant cutoff) {
        var own = events.getOrDefault(customerId, new ArrayList<>());
        var before = own.size();
        own.removeIf(event -> event.at().isBefore(cutoff));
        return before - own.size();
    }

    public synchronized List<StreamEvent> of(UUID business) {
        return List.copyOf(events.getOrDefault(business, List.of()));
    }
}
