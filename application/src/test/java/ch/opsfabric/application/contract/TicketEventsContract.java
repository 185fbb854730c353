package ch.opsfabric.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.TicketHistoryPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.ticket.Contact;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.Inquiry;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketEvent;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a ticket's audit log does, the PostgreSQL stores and the in-memory fake alike: events are
 * written through {@link TicketEventPort} and read back through {@link TicketHistoryPort} oldest
 * first, with their values and metadata, and only by the business the ticket belongs to.
 */
public abstract class TicketEventsContract {

    protected static final Instant MORNING = Instant.parse("2026-11-24T09:00:00Z");

    protected abstract TicketStorePort tickets();

    protected abstract TicketEventPort events();

    protected abstract TicketHistoryPort history();

    /** A business the stores may hold tickets for. */
    protected abstract UUID aBusiness();

    /** Runs {@code work} as the service does: in a transaction for {@code business}. */
    protected abstract <T> T forBusiness(UUID business, Supplier<T> work);

    private UUID business;
    private Ticket ticket;

    @BeforeEach
    void aTicketWithoutEvents() {
        business = aBusiness();
        ticket = aTicketOf(business);
    }

    @Test
    void events_are_read_back_oldest_first_whatever_the_order_they_were_written_in() {
        append(business, TicketEvent.of(ticket.id(), EventType.STATUS_CHANGED, "NEW", "SCHEDULED",
                MORNING.plus(Duration.ofMinutes(30))));
        append(business, new TicketEvent(ticket.id(), EventType.CREATED, null, "NEW",
                Map.of("source", "wizard"), MORNING));

        assertThat(read(business, ticket.id()))
                .extracting(TicketEvent::type, TicketEvent::oldValue, TicketEvent::newValue, TicketEvent::metadata,
                        TicketEvent::at)
                .containsExactly(
                        tuple(EventType.CREATED, null, "NEW", Map.of("source", "wizard"), MORNING),
                        tuple(EventType.STATUS_CHANGED, "NEW", "SCHEDULED", Map.of(),
                                MORNING.plus(Duration.ofMinutes(30))));
    }

    @Test
    void a_ticket_history_holds_only_its_own_events() {
        var other = aTicketOf(business);
        append(business, TicketEvent.of(ticket.id(), EventType.CREATED, null, "NEW", MORNING));
        append(business, TicketEvent.of(other.id(), EventType.CREATED, null, "NEW", MORNING));

        assertThat(read(business, ticket.id())).extracting(TicketEvent::ticketId).containsExactly(ticket.id());
    }

    @Test
    void another_business_reads_nothing_of_a_ticket_history() {
        append(business, TicketEvent.of(ticket.id(), EventType.CREATED, null, "NEW", MORNING));

        var elsewhere = aBusiness();
        assertThat(read(elsewhere, ticket.id())).isEmpty();
    }

    private Ticket aTicketOf(UUID owner) {
        var opened = Ticket.open(UUID.randomUUID(), owner, new Inquiry(TicketSource.WIZARD, "leak", Urgency.MED,
                        Contact.of("Anna Muster", new PhoneNumber("+41791234567"), null), "Wasserhahn tropft", Map.of()),
                null, MORNING, MORNING.plus(Duration.ofHours(2))).ticket();
        forBusiness(owner, () -> tickets().insertUnlessDuplicate(opened));
        return opened;
    }

    @Test
    void events_appended_together_are_each_kept_as_written() {
        var other = aTicketOf(business);
        forBusiness(business, () -> {
            events().appendAll(business, List.of(
                    new TicketEvent(ticket.id(), EventType.CREATED, null, "NEW", Map.of("source", "wizard"), MORNING),
                    TicketEvent.of(other.id(), EventType.CREATED, null, "NEW", MORNING),
                    TicketEvent.of(ticket.id(), EventType.STATUS_CHANGED, "NEW", "SCHEDULED",
                            MORNING.plus(Duration.ofMinutes(30)))));
            return null;
        });

        assertThat(read(business, ticket.id())).extracting(TicketEvent::type, TicketEvent::metadata)
                .containsExactly(tuple(EventType.CREATED, Map.of("source", "wizard")),
                        tuple(EventType.STATUS_CHANGED, Map.of()));
        assertThat(read(business, other.id())).extracting(TicketEvent::type).containsExactly(EventType.CREATED);
    }

    private void append(UUID owner, TicketEvent event) {
        forBusiness(owner, () -> {
            events().append(owner, event);
            return null;
        });
    }

    private List<TicketEvent> read(UUID reader, UUID ticketId) {
        return forBusiness(reader, () -> history().oldestFirst(reader, ticketId));
    }
}
