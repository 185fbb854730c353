package ch.opsfabric.application.staff;

import ch.opsfabric.application.port.out.AppointmentPort;
import ch.opsfabric.application.port.out.BrowseTicketsPort;
import ch.opsfabric.application.port.out.LockTicketPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.TicketFilter;
import ch.opsfabric.application.port.out.TicketHistoryPort;
import ch.opsfabric.application.port.out.TicketPosition;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.port.out.TicketView;
import ch.opsfabric.domain.ticket.DedupeKey;
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

/** Tickets, their events and appointments in memory, scoped by tenant like the real store. */
final class InMemoryTickets implements BrowseTicketsPort, LockTicketPort, AppointmentPort, TicketHistoryPort,
        TicketStorePort, TicketEventPort {

    private static final Comparator<TicketView> NEWEST_FIRST = Comparator
            .comparing((TicketView view) -> view.ticket().createdAt())
            .thenComparing(view -> view.ticket().id()).reversed();

    private final Map<UUID, TicketView> views = new LinkedHashMap<>();
    private final List<Appended> events = new ArrayList<>();
    private int writes;

    record Appended(UUID customerId, TicketEvent event) {
    }

    void add(Ticket ticket) {
        views.put(ticket.id(), new TicketView(ticket, null, null, false));
    }

    TicketView stored(UUID ticketId) {
        return views.get(ticketId);
    }

    List<TicketEvent> eventsOf(UUID ticketId) {
        return events.stream().map(Appended::event).filter(event -> event.ticketId().equals(ticketId)).toList();
    }

    /** How many writes of any kind reached the store: a refused change must leave this unchanged. */
    int writes() {
        return writes;
    }

    @Override
    public List<TicketView> newestFirst(UUID customerId, TicketFilter filter, Optional<TicketPosition> after,
                                        int limit) {
        return views.values().stream()
                .filter(view -> view.ticket().customerId().equals(customerId))
                .filter(view -> matches(filter, view.ticket()))
                .filter(view -> after.map(position -> comesAfter(view.ticket(), position)).orElse(true))
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<TicketView> one(UUID customerId, UUID ticketId) {
        return Optional.ofNullable(views.get(ticketId)).filter(view -> view.ticket().customerId().equals(customerId));
    }

    @Override
    public Optional<TicketView> lock(UUID customerId, UUID ticketId) {
        return one(customerId, ticketId);
    }

    @Override
    public void setAppointment(UUID customerId, UUID ticketId, Instant scheduledAt, Instant changedAt) {
        writes++;
        var view = one(customerId, ticketId).orElseThrow();
        views.put(ticketId, new TicketView(view.ticket(), scheduledAt, view.reviewRequestSentAt(),
                view.reviewClicked()));
    }

    @Override
    public List<TicketEvent> oldestFirst(UUID customerId, UUID ticketId) {
        return events.stream().filter(appended -> appended.customerId().equals(customerId))
                .map(Appended::event).filter(event -> event.ticketId().equals(ticketId)).toList();
    }

    @Override
    public void update(Ticket ticket) {
        writes++;
        var view = views.get(ticket.id());
        views.put(ticket.id(), new TicketView(ticket, view.scheduledAt(), view.reviewRequestSentAt(),
                view.reviewClicked()));
    }

    @Override
    public void append(UUID customerId, TicketEvent event) {
        writes++;
        events.add(new Appended(customerId, event));
    }

    @Override
    public Optional<Ticket> lockOpenByDedupeKey(DedupeKey key) {
        throw new UnsupportedOperationException("intake is not part of the staff use cases");
    }

    @Override
    public boolean insertUnlessDuplicate(Ticket ticket) {
        throw new UnsupportedOperationException("intake is not part of the staff use cases");
    }

    @Override
    public Optional<UUID> findOpenByDedupeKey(DedupeKey key) {
        return views.values().stream().map(TicketView::ticket)
                .filter(ticket -> key.equals(ticket.dedupeKey()) && ticket.status().isOpen())
                .map(Ticket::id).findFirst();
    }

    private static boolean matches(TicketFilter filter, Ticket ticket) {
        return (filter.statuses().isEmpty() || filter.statuses().contains(ticket.status()))
                && (filter.urgencies().isEmpty() || filter.urgencies().contains(ticket.urgency()))
                && (filter.sources().isEmpty() || filter.sources().contains(ticket.source()))
                && (filter.createdFrom() == null || !ticket.createdAt().isBefore(filter.createdFrom()))
                && (filter.createdBefore() == null || ticket.createdAt().isBefore(filter.createdBefore()));
    }

    /** Older, or as old with a smaller id: after the position in newest-first order. */
    private static boolean comesAfter(Ticket ticket, TicketPosition position) {
        var byTime = ticket.createdAt().compareTo(position.createdAt());
        return byTime < 0 || byTime == 0 && ticket.id().compareTo(position.id()) < 0;
    }
}
