package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.Conflict;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.domain.ticket.DedupeKey;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Tickets and their audit log in memory, keeping the store's promise: at most one open ticket
 * per dedupe key. Events are kept with the tenant they were written for.
 */
public final class InMemoryTickets implements TicketStorePort, TicketEventPort {

    public record StoredEvent(UUID customerId, TicketEvent event) {
    }

    private final Map<UUID, Ticket> tickets = new LinkedHashMap<>();
    private final List<StoredEvent> events = new ArrayList<>();
    private final WriteWitness witness;

    public InMemoryTickets() {
        this(null);
    }

    public InMemoryTickets(ImmediateTransactions transactions) {
        this.witness = new WriteWitness(transactions);
    }

    @Override
    public Optional<Ticket> lockOpenByDedupeKey(DedupeKey key) {
        return tickets.values().stream()
                .filter(ticket -> key.equals(ticket.dedupeKey()) && ticket.status().isOpen())
                .findFirst();
    }

    @Override
    public boolean insertUnlessDuplicate(Ticket ticket) {
        witness.saw("insert ticket " + ticket.id(), ticket.customerId());
        if (tickets.containsKey(ticket.id())) {
            throw new IllegalStateException("ticket id used twice: " + ticket.id());
        }
        if (ticket.dedupe().flatMap(this::lockOpenByDedupeKey).isPresent()) {
            return false;
        }
        tickets.put(ticket.id(), ticket);
        return true;
    }

    @Override
    public Optional<UUID> findOpenByDedupeKey(DedupeKey key) {
        return lockOpenByDedupeKey(key).map(Ticket::id);
    }

    @Override
    public void update(Ticket ticket) {
        witness.saw("update ticket " + ticket.id(), ticket.customerId());
        if (!tickets.containsKey(ticket.id())) {
            throw new IllegalStateException("no such ticket to update: " + ticket.id());
        }
        if (ticket.status().isOpen() && ticket.dedupe().flatMap(this::findOpenByDedupeKey)
                .filter(other -> !other.equals(ticket.id())).isPresent()) {
            throw new Conflict("contact_phone", "another open ticket holds " + ticket.dedupeKey());
        }
        tickets.put(ticket.id(), ticket);
    }

    @Override
    public void append(UUID customerId, TicketEvent event) {
        witness.saw("append " + event.type() + " to " + event.ticketId(), customerId);
        events.add(new StoredEvent(customerId, event));
    }

    /** Stores a ticket as it stands, as if an earlier request had left it there. */
    public void put(Ticket ticket) {
        tickets.put(ticket.id(), ticket);
    }

    public List<Ticket> all() {
        return List.copyOf(tickets.values());
    }

    public Ticket byId(UUID id) {
        var ticket = tickets.get(id);
        if (ticket == null) {
            throw new AssertionError("no ticket " + id + " was stored");
        }
        return ticket;
    }

    public List<StoredEvent> storedEvents() {
        return List.copyOf(events);
    }

    public List<TicketEvent> eventsOf(UUID ticketId) {
        return events.stream().map(StoredEvent::event).filter(event -> event.ticketId().equals(ticketId)).toList();
    }

    public List<String> writesOutsideTransactions() {
        return witness.outsideTransactions();
    }
}
