package ch.opsfabric.application.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.port.in.ListTicketsQuery;
import ch.opsfabric.application.port.out.TicketFilter;
import java.util.UUID;
import ch.opsfabric.application.port.out.TicketOrder;
import ch.opsfabric.application.port.out.AssigneeFilter;
import ch.opsfabric.application.port.out.TicketPosition;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.ticket.Actor;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.TicketStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ListTicketsQuery: the list's parameters as staff write them, and the field named when one is wrong. */
class ReadingTheListQueryTest {

    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

    @Test
    void without_parameters_a_page_holds_fifty_tickets_of_every_kind() {
        var query = read(null, null, null, null, null, null, null, null);

        assertThat(query.limit()).isEqualTo(50);
        assertThat(query.filterIn(ZURICH)).isEqualTo(TicketFilter.everything());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "201", "zehn", "-1"})
    void a_limit_outside_1_to_200_names_limit(String limit) {
        assertThatThrownBy(() -> read(null, null, null, null, null, null, null, limit))
                .isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("limit"));
    }

    @Test
    void list_values_may_be_repeated_or_separated_by_commas_in_any_case() {
        var query = read(List.of("new,scheduled", "DONE"), null, List.of("missed_call"),
                null, null, null, null, null);

        assertThat(query.statuses()).containsExactlyInAnyOrder(TicketStatus.NEW, TicketStatus.SCHEDULED,
                TicketStatus.DONE);
        assertThat(query.sources()).containsExactly(TicketSource.MISSED_CALL);
    }

    @Test
    void an_unknown_value_names_its_parameter_and_the_known_ones() {
        assertThatThrownBy(() -> read(null, null, List.of("fax"), null, null, null, null,
                null)).isInstanceOfSatisfying(InvalidValue.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("source");
                    assertThat(invalid.reason()).contains("missed_call");
                });
    }

    @Test
    void a_day_means_that_whole_day_in_the_business_time_zone() {
        var query = read(null, null, null, "2026-03-29", "2026-03-29", null, null, null);

        var filter = query.filterIn(ZURICH);

        // The night the clocks go forward: the day is 23 hours long.
        assertThat(filter.createdFrom()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(filter.createdBefore()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
    }

    @Test
    void an_instant_bound_is_taken_as_written() {
        var query = read(null, null, null, "2026-11-24T10:00:00+01:00",
                "2026-11-24T12:00:00Z", null, null, null);

        assertThat(query.filterIn(ZURICH).createdFrom()).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
        assertThat(query.filterIn(ZURICH).createdBefore()).isEqualTo(Instant.parse("2026-11-24T12:00:00Z"));
    }

    @Test
    void a_to_before_from_names_to() {
        var query = read(null, null, null, "2026-11-25", "2026-11-24", null, null, null);

        assertThatThrownBy(() -> query.filterIn(ZURICH))
                .isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("to"));
    }

    @Test
    void a_local_time_without_offset_is_ambiguous_and_refused() {
        assertThatThrownBy(() -> read(null, null, null, "2026-11-24T10:00", null, null,
                null, null)).isInstanceOfSatisfying(InvalidValue.class, invalid ->
                        assertThat(invalid.field()).isEqualTo("from"));
    }

    @Test
    void assigned_to_me_means_the_signed_in_staff_member() {
        var anna = UUID.randomUUID();

        var query = ListTicketsQuery.fromParameters(null, null, null, null, null, null, null, null, "me", null,
                Actor.staff(anna));

        assertThat(query.assignee()).isEqualTo(new AssigneeFilter.Member(anna));
    }

    @Test
    void assigned_to_me_from_an_api_token_names_assigned_to() {
        assertThatThrownBy(() -> ListTicketsQuery.fromParameters(null, null, null, null, null, null, null, null, "me",
                null, Actor.token("provisioning")))
                .isInstanceOfSatisfying(InvalidValue.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("assigned_to"));
    }

    @Test
    void sort_sla_asks_for_open_tickets_only() {
        var query = ListTicketsQuery.fromParameters(List.of("NEW,DONE"), null, null, null, null, null, null, null,
                "none", "sla", Actor.token("provisioning"));

        assertThat(query.order()).isEqualTo(TicketOrder.DEADLINE_FIRST);
        assertThat(query.statuses()).containsExactly(TicketStatus.NEW);
        assertThat(query.assignee()).isEqualTo(new AssigneeFilter.Nobody());
        assertThatThrownBy(() -> ListTicketsQuery.fromParameters(List.of("DONE"), null, null, null, null, null, null,
                null, null, "sla", Actor.token("provisioning")))
                .isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("sort"));
    }

    private static ListTicketsQuery read(List<String> status, List<String> urgency, List<String> source, String from,
                                         String to, String q, TicketPosition after, String limit) {
        return ListTicketsQuery.fromParameters(status, urgency, source, from, to, q, after, limit, null, null,
                Actor.token("provisioning"));
    }
}
