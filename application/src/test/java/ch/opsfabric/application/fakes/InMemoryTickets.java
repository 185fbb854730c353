package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.Conflict;
import ch.opsfabric.application.port.out.AppointmentPort;
import ch.opsfabric.application.port.out.AssignTicketPort;
import ch.opsfabric.application.port.out.AssigneeFilter;
import ch.opsfabric.application.port.out.BrowseTicketsPort;
import ch.opsfabric.application.port.out.ConsentVersion;
import ch.opsfabric.application.port.out.LockTicketPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.TicketFilter;
import ch.opsfabric.application.port.out.TicketHistoryPort;
import ch.opsfabric.application.port.out.TicketOrder;
import ch.opsfabric.application.port.out.TicketPosition;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.port.out.TicketView;
import ch.opsfabric.domain.ticket.DedupeKey;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Tickets, their audit log, appointments and assignees in memory, for the intake's and the staff's use cases
 * alike, keeping the stores' promises: at most one open ticket per dedupe key, and a business sees
 * only its own tickets and events. Events are kept with the tenant they were written for.
 */
public final class InMemoryTickets implements TicketStorePort, TicketEventPort, BrowseTicketsPort, LockTicketPort,
        AppointmentPort, TicketHistoryPort, AssignTicketPort {

    private static final Comparator<TicketView> NEWEST_FIRST = Comparator
            .comparing((TicketView view) -> view.ticket().createdAt())
            .thenComparing(view -> view.ticket().id(), InMemoryTickets::asStored).reversed();
    private static final Comparator<TicketView> EARLIEST_DEADLINE_FIRST = Comparator
            .comparing((TicketView view) -> view.ticket().slaDeadline())
            .thenComparing(view -> view.ticket().id(), InMemoryTickets::asStored);

    /** @param transaction the number of the transaction that wrote it (see {@link ImmediateTransactions#current()}); 0 when untracked */
    public record StoredEvent(UUID customerId, TicketEvent event, int transaction) {
    }

    private final Map<UUID, Ticket> tickets = new LinkedHashMap<>();
    private final Map<UUID, ConsentVersion> consents = new LinkedHashMap<>();
    private final List<StoredEvent> events = new ArrayList<>();
    private final Map<UUID, Instant> appointments = new LinkedHashMap<>();
    private final Map<UUID, Optional<UUID>> assignees = new LinkedHashMap<>();
    private final ImmediateTransactions transactions;
    private final WriteWitness witness;
    private int writes;

    public InMemoryTickets() {
        this(null);
    }

    public InMemoryTickets(ImmediateTransactions transactions) {
        this.transactions = transactions;
        this.witness = new WriteWitness(transactions);
    }

    @Override
    public Optional<Ticket> lockOpenByDedupeKey(DedupeKey key) {
        return tickets.values().stream()
                .filter(ticket -> key.equals(ticket.dedupeKey()) && ticket.status().isOpen())
                .findFirst();
    }

    @Override
    public boolean insertUnlessDuplicate(Ticket ticket, Optional<ConsentVersion> consent) {
        writes++;
        witness.saw("insert ticket " + ticket.id(), ticket.customerId());
        if (tickets.containsKey(ticket.id())) {
            throw new IllegalStateException("ticket id used twice: " + ticket.id());
        }
        if (ticket.dedupe().flatMap(this::lockOpenByDedupeKey).isPresent()) {
            return false;
        }
        tickets.put(ticket.id(), ticket);
        consent.ifPresent(version -> consents.put(ticket.id(), version));
        return true;
    }

    /** The consent a ticket was inserted with. */
    public Optional<ConsentVersion> consentOf(UUID ticketId) {
        return Optional.ofNullable(consents.get(ticketId));
    }

    @Override
    public Optional<UUID> findOpenByDedupeKey(DedupeKey key) {
        return lockOpenByDedupeKey(key).map(Ticket::id);
    }

    @Override
    public void update(Ticket ticket) {
        writes++;
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
        writes++;
        witness.saw("append " + event.type() + " to " + event.ticketId(), customerId);
        events.add(new StoredEvent(customerId, event,
                transactions == null || !transactions.active() ? 0 : transactions.current()));
    }

    /** Stores a ticket as it stands, as if an earlier request had left it there. */
    public void put(Ticket ticket) {
        tickets.put(ticket.id(), ticket);
    }

    @Override
    public List<TicketView> page(UUID customerId, TicketFilter filter, TicketOrder order,
                                 Optional<TicketPosition> after, int limit) {
        var deadlineFirst = order == TicketOrder.DEADLINE_FIRST;
        return tickets.values().stream()
                .filter(ticket -> ticket.customerId().equals(customerId))
                .filter(ticket -> matches(filter, ticket))
                .filter(ticket -> !deadlineFirst || ticket.slaDeadline() != null)
                .filter(ticket -> after.map(position -> deadlineFirst ? dueAfter(ticket, position)
                        : comesAfter(ticket, position)).orElse(true))
                .map(this::view)
                .sorted(deadlineFirst ? EARLIEST_DEADLINE_FIRST : NEWEST_FIRST)
                .limit(limit)
                .toList();
    }

    @Override
    public void assign(UUID customerId, UUID ticketId, UUID staffMemberId, Instant now) {
        writes++;
        witness.saw("assign " + ticketId, customerId);
        one(customerId, ticketId).orElseThrow(() -> new IllegalStateException("no such ticket: " + ticketId));
        assignees.put(ticketId, Optional.ofNullable(staffMemberId));
    }

    @Override
    public Optional<TicketView> one(UUID customerId, UUID ticketId) {
        return Optional.ofNullable(tickets.get(ticketId)).filter(ticket -> ticket.customerId().equals(customerId))
                .map(this::view);
    }

    @Override
    public Optional<TicketView> lock(UUID customerId, UUID ticketId) {
        return one(customerId, ticketId);
    }

    @Override
    public void setAppointment(UUID customerId, UUID ticketId, Instant scheduledAt, Instant changedAt) {
        writes++;
        witness.saw("set appointment of " + ticketId, customerId);
        one(customerId, ticketId).orElseThrow(() -> new IllegalStateException("no such ticket: " + ticketId));
        appointments.put(ticketId, scheduledAt);
    }

    @Override
    public List<TicketEvent> oldestFirst(UUID customerId, UUID ticketId) {
        // By time, then in the order written, as the store orders by created_at and its sequence.
        return events.stream().filter(stored -> stored.customerId().equals(customerId))
                .map(StoredEvent::event).filter(event -> event.ticketId().equals(ticketId))
                .sorted(Comparator.comparing(TicketEvent::at)).toList();
    }

    /** The ticket as the staff see it: with its appointment; review state is not kept here. */
    public TicketView stored(UUID ticketId) {
        return view(byId(ticketId));
    }

    /** How many writes of any kind reached the store: a refused change must leave this unchanged. */
    public int writes() {
        return writes;
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

    public List<TicketEvent> eventsOf(UUID ticketId, EventType type) {
        return eventsOf(ticketId).stream().filter(event -> event.type() == type).toList();
    }

    public List<String> writesOutsideTransactions() {
        return witness.outsideTransactions();
    }

    private TicketView view(Ticket ticket) {
        return new TicketView(ticket, appointments.get(ticket.id()), null, false,
                assignees.getOrDefault(ticket.id(), Optional.empty()).orElse(null));
    }

    private boolean matches(TicketFilter filter, Ticket ticket) {
        return (filter.statuses().isEmpty() || filter.statuses().contains(ticket.status()))
                && (filter.urgencies().isEmpty() || filter.urgencies().contains(ticket.urgency()))
                && (filter.sources().isEmpty() || filter.sources().contains(ticket.source()))
                && (filter.createdFrom() == null || !ticket.createdAt().isBefore(filter.createdFrom()))
                && (filter.createdBefore() == null || ticket.createdAt().isBefore(filter.createdBefore()))
                && switch (filter.assignee()) {
                    case AssigneeFilter.Anyone anyone -> true;
                    case AssigneeFilter.Nobody nobody -> assignees.getOrDefault(ticket.id(), Optional.empty()).isEmpty();
                    case AssigneeFilter.Member member -> assignees.getOrDefault(ticket.id(), Optional.empty())
                            .filter(member.staffMemberId()::equals).isPresent();
                };
    }

    /** A later deadline, or the same with a larger id: after the position in deadline order. */
    private static boolean dueAfter(Ticket ticket, TicketPosition position) {
        var byTime = ticket.slaDeadline().compareTo(position.at());
        return byTime > 0 || byTime == 0 && asStored(ticket.id(), position.id()) > 0;
    }

    /** Older, or as old with a smaller id: after the position in newest-first order. */
    private static boolean comesAfter(Ticket ticket, TicketPosition position) {
        var byTime = ticket.createdAt().compareTo(position.at());
        return byTime < 0 || byTime == 0 && asStored(ticket.id(), position.id()) < 0;
    }

    /**
     * Ids in PostgreSQL's order: their bytes unsigned, which is the order of their text.
     * {@link UUID#compareTo} compares signed halves and puts {@code a…} before {@code 4…}.
     */
    private static int asStored(UUID one, UUID other) {
        return one.toString().compareTo(other.toString());
    }
}
