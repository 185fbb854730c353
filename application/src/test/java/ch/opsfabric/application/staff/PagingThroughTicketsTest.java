package ch.opsfabric.application.staff;

import ch.opsfabric.application.fakes.InMemoryTickets;
import static ch.opsfabric.application.staff.StaffFixtures.DOERFLER;
import static ch.opsfabric.application.staff.StaffFixtures.OPENED;
import static ch.opsfabric.application.staff.StaffFixtures.OTHER_BUSINESS;
import static ch.opsfabric.application.staff.StaffFixtures.aTicket;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.fakes.ImmediateTransactions;
import ch.opsfabric.application.port.in.ListTicketsQuery;
import ch.opsfabric.application.port.out.TicketPosition;
import ch.opsfabric.domain.ticket.Ticket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** BrowseTicketsService: pages follow each other by position, and the last one says so. */
class PagingThroughTicketsTest {

    private final InMemoryTickets tickets = new InMemoryTickets();
    private final BrowseTicketsService service = new BrowseTicketsService(new ImmediateTransactions(), tickets,
            new TicketDetails(tickets, (customer, ticket) -> List.of()));

    @Test
    void a_page_that_is_not_the_last_names_where_the_next_one_starts() {
        var created = storeTickets(5);

        var page = service.list(DOERFLER, query(2, null));

        assertThat(page.items()).extracting(view -> view.ticket().id())
                .containsExactly(created.get(4).id(), created.get(3).id());
        assertThat(page.next()).contains(new TicketPosition(created.get(3).createdAt(), created.get(3).id()));
    }

    @Test
    void a_page_that_holds_the_rest_exactly_is_the_last() {
        storeTickets(4);

        var first = service.list(DOERFLER, query(2, null));
        var second = service.list(DOERFLER, query(2, first.next().orElseThrow()));

        assertThat(second.items()).hasSize(2);
        assertThat(second.next()).isEmpty();
    }

    @Test
    void another_business_tickets_are_not_listed() {
        storeTickets(1);
        tickets.put(aTicket().of(OTHER_BUSINESS).build());

        assertThat(service.list(DOERFLER, query(50, null)).items())
                .allSatisfy(view -> assertThat(view.ticket().customerId()).isEqualTo(DOERFLER.id()));
    }

    private List<Ticket> storeTickets(int count) {
        var created = new ArrayList<Ticket>();
        for (int minute = 0; minute < count; minute++) {
            var ticket = aTicket().withId(UUID.randomUUID()).createdAt(OPENED.plus(Duration.ofMinutes(minute))).build();
            tickets.put(ticket);
            created.add(ticket);
        }
        return created;
    }

    private static ListTicketsQuery query(int limit, TicketPosition after) {
        return new ListTicketsQuery(Set.of(), Set.of(), Set.of(), null, null,
                Optional.empty(), Optional.ofNullable(after), limit, null, null);
    }
}
