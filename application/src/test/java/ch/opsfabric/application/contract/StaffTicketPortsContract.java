package ch.opsfabric.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.AppointmentPort;
import ch.opsfabric.application.port.out.BrowseTicketsPort;
import ch.opsfabric.application.port.out.LockTicketPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.port.out.TicketFilter;
import ch.opsfabric.application.port.out.TicketOrder;
import ch.opsfabric.application.port.out.TicketPosition;
import ch.opsfabric.application.port.out.TicketView;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.ticket.Contact;
import ch.opsfabric.domain.ticket.Inquiry;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the staff's ticket stores do, the PostgreSQL store and the in-memory fake alike: a business
 * pages through its own tickets newest first, by position, filtered; reaches and locks only its
 * own; and an appointment is kept beside the ticket until it is cancelled.
 */
public abstract class StaffTicketPortsContract {

    protected static final Instant MORNING = Instant.parse("2026-11-24T09:00:00Z");

    /** Where the tickets are stored; the same store as the ports below. */
    protected abstract TicketStorePort tickets();

    protected abstract BrowseTicketsPort browse();

    protected abstract LockTicketPort locks();

    protected abstract AppointmentPort appointments();

    /** A business the store may hold tickets for. */
    protected abstract UUID aBusiness();

    /** Runs {@code work} as the service does: in a transaction for {@code business}. */
    protected abstract <T> T forBusiness(UUID business, Supplier<T> work);

    private UUID business;

    @BeforeEach
    void aBusinessWithoutTickets() {
        business = aBusiness();
    }

    @Test
    void a_business_pages_through_its_own_tickets_newest_first() {
        var oldest = stored(business, MORNING, Urgency.MED);
        var middle = stored(business, MORNING.plusSeconds(60), Urgency.MED);
        var newest = stored(business, MORNING.plusSeconds(120), Urgency.MED);
        stored(aBusiness(), MORNING.plusSeconds(90), Urgency.MED);

        var firstPage = page(TicketFilter.everything(), Optional.empty(), 2);
        var last = firstPage.getLast().ticket();
        var secondPage = page(TicketFilter.everything(), Optional.of(new TicketPosition(last.createdAt(), last.id())),
                2);

        assertThat(firstPage).extracting(view -> view.ticket().id()).containsExactly(newest.id(), middle.id());
        assertThat(secondPage).extracting(view -> view.ticket().id()).containsExactly(oldest.id());
    }

    @Test
    void tickets_created_at_the_same_instant_come_by_id_descending_as_postgresql_orders_uuids() {
        // Java's UUID.compareTo would put the a… and f… ids (negative as signed numbers) before 4….
        var low = stored(business, UUID.fromString("40000000-0000-4000-8000-000000000001"), MORNING, Urgency.MED);
        var high = stored(business, UUID.fromString("f0000000-0000-4000-8000-000000000003"), MORNING, Urgency.MED);
        var middle = stored(business, UUID.fromString("a0000000-0000-4000-8000-000000000002"), MORNING, Urgency.MED);

        var seen = new ArrayList<UUID>();
        Optional<TicketPosition> after = Optional.empty();
        for (var pages = 0; pages < 3; pages++) {
            var ticket = page(TicketFilter.everything(), after, 1).getFirst().ticket();
            seen.add(ticket.id());
            after = Optional.of(new TicketPosition(ticket.createdAt(), ticket.id()));
        }

        assertThat(seen).containsExactly(high.id(), middle.id(), low.id());
    }

    @Test
    void a_filter_lets_through_only_what_it_names() {
        stored(business, MORNING, Urgency.MED);
        var urgent = stored(business, MORNING.plusSeconds(60), Urgency.HIGH);
        var filter = new TicketFilter(Set.of(TicketStatus.NEW), Set.of(Urgency.HIGH), Set.of(TicketSource.WIZARD),
                MORNING, MORNING.plus(Duration.ofHours(1)), Optional.empty(), null);

        assertThat(page(filter, Optional.empty(), 10)).extracting(view -> view.ticket().id())
                .containsExactly(urgent.id());
    }

    @Test
    void a_business_reaches_and_locks_its_own_tickets_only() {
        var mine = stored(business, MORNING, Urgency.MED);
        var elsewhere = aBusiness();

        assertThat(forBusiness(business, () -> browse().one(business, mine.id()))).isPresent();
        assertThat(forBusiness(business, () -> locks().lock(business, mine.id()))).isPresent();
        assertThat(forBusiness(elsewhere, () -> browse().one(elsewhere, mine.id()))).isEmpty();
        assertThat(forBusiness(elsewhere, () -> locks().lock(elsewhere, mine.id()))).isEmpty();
    }

    @Test
    void an_appointment_is_kept_beside_the_ticket_until_it_is_cancelled() {
        var ticket = stored(business, MORNING, Urgency.MED);
        var appointment = Instant.parse("2026-11-25T13:00:00Z");

        forBusiness(business, () -> {
            appointments().setAppointment(business, ticket.id(), appointment, MORNING.plusSeconds(60));
            return null;
        });
        assertThat(forBusiness(business, () -> browse().one(business, ticket.id())))
                .map(TicketView::scheduledAt).contains(appointment);

        forBusiness(business, () -> {
            appointments().setAppointment(business, ticket.id(), null, MORNING.plusSeconds(120));
            return null;
        });
        assertThat(forBusiness(business, () -> browse().one(business, ticket.id())))
                .hasValueSatisfying(view -> assertThat(view.scheduledAt()).isNull());
    }

    private Ticket stored(UUID owner, Instant createdAt, Urgency urgency) {
        return stored(owner, UUID.randomUUID(), createdAt, urgency);
    }

    private Ticket stored(UUID owner, UUID id, Instant createdAt, Urgency urgency) {
        var ticket = Ticket.open(id, owner, new Inquiry(TicketSource.WIZARD, "leak", urgency,
                        Contact.of("Anna Muster", new PhoneNumber("+41791234567"), null), "Wasserhahn tropft",
                        Map.of()), null, createdAt, createdAt.plus(Duration.ofHours(2))).ticket();
        forBusiness(owner, () -> tickets().insertUnlessDuplicate(ticket));
        return ticket;
    }

    private List<TicketView> page(TicketFilter filter, Optional<TicketPosition> after, int limit) {
        return forBusiness(business, () -> browse().page(business, filter, TicketOrder.NEWEST_FIRST, after, limit));
    }
}
