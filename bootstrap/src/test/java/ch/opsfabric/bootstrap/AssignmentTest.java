package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who works a ticket: assignment by load at intake, by hand over PATCH, and the list's filter and SLA order. */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class AssignmentTest extends ServiceTest {

    private static final AtomicInteger BUSINESSES = new AtomicInteger();
    private static final AtomicInteger PHONES = new AtomicInteger();

    @Inject
    MutableClock clock;

    private Api api;
    private StaffApi staff;
    private UUID business;

    @BeforeEach
    void aBusinessThatAssignsByLoad() {
        clock.set(TestClockFactory.START);
        api = new Api(http);
        var n = BUSINESSES.incrementAndGet();
        var provisioned = api.provision(Map.of("name", "Dörfler AG", "slug", "zuteilung-" + n,
                "email", "info@doerfler.example", "canton", "zh", "assignment", "least_open"));
        business = UUID.fromString((String) provisioned.get("id"));
        staff = new StaffApi(api, (String) provisioned.get("staff_token"));
        // Provisioning made the business's e-mail its owner, an active member who would take tickets too;
        // here only the people each test adds work tickets.
        rows.update("UPDATE staff_members SET active = false WHERE customer_id = ?", business);
    }

    @Test
    void a_new_ticket_goes_to_the_active_staff_member_with_the_fewest_open_tickets() {
        var busy = StaffMembers.add(rows, business, "Beat", true);
        StaffMembers.add(rows, business, "Inaktiv", false);
        newTicket();
        var free = StaffMembers.add(rows, business, "Cora", true);

        var ticket = newTicket();

        assertThat(assigneeOf(ticket)).isEqualTo(free);
        assertThat(openCounts()).containsEntry(busy, 1L).containsEntry(free, 1L).hasSize(2);
        assertThat(rows.one("SELECT new_value, actor FROM ticket_events WHERE ticket_id = ? "
                + "AND event_type = 'assignment_changed'", UUID.fromString(ticket)))
                .containsEntry("new_value", free.toString()).containsEntry("actor", "system");
    }

    @Test
    void of_two_equally_loaded_people_the_one_assigned_longest_ago_gets_the_ticket() {
        var first = StaffMembers.add(rows, business, "Anna", true);
        var second = StaffMembers.add(rows, business, "Beat", true);
        var toFirst = newTicket();
        clock.advance(Duration.ofMinutes(1));
        var toSecond = newTicket();
        // Both are done: each person has 0 open tickets again, and the first was assigned longer ago.
        staff.patch(toFirst, Map.of("status", "DONE"));
        staff.patch(toSecond, Map.of("status", "DONE"));
        clock.advance(Duration.ofMinutes(1));

        assertThat(List.of(assigneeOf(toFirst), assigneeOf(toSecond))).containsExactlyInAnyOrder(first, second);
        assertThat(assigneeOf(newTicket())).isEqualTo(assigneeOf(toFirst));
    }

    @Test
    void under_50_concurrent_intakes_the_open_counts_of_two_people_never_differ_by_more_than_one() throws Exception {
        var people = List.of(StaffMembers.add(rows, business, "Anna", true),
                StaffMembers.add(rows, business, "Beat", true), StaffMembers.add(rows, business, "Cora", true));
        var start = new CountDownLatch(1);
        var answers = new ArrayList<Future<Integer>>();
        try (var pool = Executors.newFixedThreadPool(50)) {
            for (int intake = 0; intake < 50; intake++) {
                var entry = StaffApi.manualTicket("Kunde " + intake, nextPhone(), "Anfrage " + intake);
                answers.add(pool.submit(() -> {
                    start.await();
                    return staff.create(entry).status();
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(201);
            }
        }

        var counts = openCounts();
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(people);
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(50);
        assertThat(counts.values().stream().mapToLong(Long::longValue).max().orElseThrow()
                - counts.values().stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThanOrEqualTo(1);
    }

    @Test
    void staff_assign_an_active_member_by_hand_and_the_event_names_old_new_and_who() {
        var anna = StaffMembers.add(rows, business, "Anna", true);
        var ticket = newTicket();
        var beat = StaffMembers.add(rows, business, "Beat", true);

        var answer = staff.patch(ticket, Map.of("assigned_to", beat.toString()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("assigned_to", beat.toString());
        assertThat((List<Map<String, Object>>) answer.body().get("events"))
                .filteredOn(event -> "assignment_changed".equals(event.get("type"))).last()
                .satisfies(event -> assertThat(event).containsEntry("old_value", anna.toString())
                        .containsEntry("new_value", beat.toString()).containsEntry("actor", "token:provisioning"));
    }

    @Test
    void null_unassigns_a_ticket() {
        StaffMembers.add(rows, business, "Anna", true);
        var ticket = newTicket();
        var assignment = new HashMap<String, Object>();
        assignment.put("assigned_to", null);

        var answer = staff.patch(ticket, assignment);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("assigned_to", null);
    }

    @Test
    void an_inactive_person_another_business_s_person_or_no_id_is_refused_naming_assigned_to_and_nothing_is_written() {
        var ticket = newTicket();
        var inactive = StaffMembers.add(rows, business, "Inaktiv", false);
        var other = UUID.fromString((String) api.provision(Map.of("name", "Andere AG",
                "slug", "andere-" + BUSINESSES.incrementAndGet(), "email", "info@andere.example")).get("id"));
        var elsewhere = StaffMembers.add(rows, other, "Fremd", true);
        var before = rows.allRows();

        for (var assignee : List.of(inactive.toString(), elsewhere.toString(), "Anna")) {
            var answer = staff.patch(ticket, Map.of("assigned_to", assignee, "status", "IN_PROGRESS"));

            assertThat(answer.status()).as(assignee).isEqualTo(422);
            assertThat(answer.body()).as(assignee).containsEntry("field", "assigned_to");
        }
        assertThat(rows.allRows()).isEqualTo(before);
    }

    @Test
    void the_list_filters_by_assignee_and_me_is_refused_for_an_api_token_naming_the_field() {
        var anna = StaffMembers.add(rows, business, "Anna", true);
        var annas = newTicket();
        assertThat(api.send(HttpRequest.PATCH("/api/admin/customers/" + business, Map.of("assignment", "off"))
                .bearerAuth(Api.ADMIN_TOKEN)).body()).containsEntry("assignment", "off");
        var nobodys = newTicket();

        assertThat(StaffApi.ids(staff.list("assigned_to", anna.toString()))).containsExactly(annas);
        assertThat(StaffApi.ids(staff.list("assigned_to", "none"))).containsExactly(nobodys);
        var me = staff.list("assigned_to", "me");
        assertThat(me.status()).isEqualTo(422);
        assertThat(me.body()).containsEntry("field", "assigned_to");
    }

    @Test
    void sort_sla_lists_open_tickets_earliest_deadline_first_and_its_cursor_pages_on_in_that_order() {
        var late = newTicket();
        clock.advance(Duration.ofMinutes(10));
        var done = newTicket();
        staff.patch(done, Map.of("status", "DONE"));
        var early = newTicket();
        rows.update("UPDATE tickets SET sla_deadline = sla_deadline - interval '1 hour' WHERE id = ?",
                UUID.fromString(early));

        var first = staff.list("sort", "sla", "limit", "1");
        var second = staff.list("sort", "sla", "limit", "1", "cursor", (String) first.body().get("next_cursor"));
        var wrongSort = staff.list("limit", "1", "cursor", (String) first.body().get("next_cursor"));

        assertThat(StaffApi.ids(first)).containsExactly(early);
        assertThat(StaffApi.ids(second)).containsExactly(late);
        assertThat(second.body().get("next_cursor")).isNull();
        assertThat(wrongSort.status()).isEqualTo(422);
        assertThat(wrongSort.body()).containsEntry("field", "cursor");
    }

    private String newTicket() {
        return staff.newTicket("Anna Muster", nextPhone(), "Boiler tropft");
    }

    private static String nextPhone() {
        return "079 %03d %02d %02d".formatted(100 + PHONES.incrementAndGet() % 800, 10, 20);
    }

    private UUID assigneeOf(String ticket) {
        return (UUID) rows.one("SELECT assigned_to FROM tickets WHERE id = ?", UUID.fromString(ticket))
                .get("assigned_to");
    }

    private Map<UUID, Long> openCounts() {
        var counts = new HashMap<UUID, Long>();
        rows.list("SELECT assigned_to, count(*) AS n FROM tickets WHERE customer_id = ? AND assigned_to IS NOT NULL "
                        + "AND status IN ('NEW', 'NEEDS_CALLBACK', 'SCHEDULED', 'IN_PROGRESS') GROUP BY assigned_to",
                business).forEach(row -> counts.put((UUID) row.get("assigned_to"), ((Number) row.get("n")).longValue()));
        return counts;
    }
}
