package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.AnonymiseIdleTicketsUseCase;
import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/domain-rules.md, Privacy over a real PostgreSQL: a ticket idle for 25 months loses every trace of its customer,
 * one idle for 23 months keeps it, and the figures reports are made of do not move.
 */
@MicronautTest(transactional = false)
class AnonymisationTest extends ServiceTest {

    private static final String OLD_NAME = "Ottilie Altkundin";
    private static final String OLD_PHONE = "+41791110011";
    private static final String OLD_EMAIL = "ottilie@alt.example";
    private static final String OLD_SUMMARY = "Boiler leckt seit gestern";
    private static final String OLD_CORRECTED = "Ottilie Altkundin-Meier";

    @Inject
    MutableClock clock;

    @Inject
    DispatchDueSmsUseCase dispatcher;

    @Inject
    AnonymiseIdleTicketsUseCase anonymisation;

    private UUID idleFor25Months;
    private UUID idleFor23Months;
    private List<Map<String, Object>> countsBefore;
    private List<Map<String, Object>> eventsBefore;
    private AnonymiseIdleTicketsUseCase.Anonymised anonymised;

    @BeforeAll
    void twoOldTicketsThenTheDailyRun() {
        var api = new Api(http);
        var staff = new StaffApi(api, (String) api.provision("anonym").get("staff_token"));

        clock.setZurich(2024, 10, 15, 10, 0);
        idleFor25Months = wizardTicket(api, OLD_NAME, "079 111 00 11", OLD_EMAIL, OLD_SUMMARY);
        dispatcher.dispatchDue();
        staff.patch(idleFor25Months, Map.of("contact_name", OLD_CORRECTED, "summary", OLD_SUMMARY + " (Keller)"));
        clock.setZurich(2024, 10, 20, 10, 0);
        staff.patch(idleFor25Months, Map.of("status", "NEEDS_CALLBACK"));

        clock.setZurich(2024, 12, 20, 10, 0);
        idleFor23Months = wizardTicket(api, "Nora Neukundin", "079 222 00 22", "nora@neu.example", "Heizung kalt");
        dispatcher.dispatchDue();

        clock.set(TestClockFactory.START);
        countsBefore = ticketCounts();
        eventsBefore = eventCounts();
        anonymised = anonymisation.anonymiseIdle();
    }

    @Test
    void a_ticket_idle_for_25_months_is_anonymised_and_one_idle_for_23_months_is_not() {
        assertThat(anonymised.tickets()).isEqualTo(1);
        assertThat(rows.one("SELECT anonymised_at FROM tickets WHERE id = ?", idleFor25Months).get("anonymised_at"))
                .isNotNull();
        var recent = rows.one("SELECT contact_name, contact_phone, summary, anonymised_at FROM tickets WHERE id = ?",
                idleFor23Months);
        assertThat(recent).containsEntry("contact_name", "Nora Neukundin").containsEntry("contact_phone",
                "+41792220022").containsEntry("summary", "Heizung kalt").containsEntry("anonymised_at", null);
    }

    @Test
    void no_table_holds_anything_personal_of_the_anonymised_ticket() {
        for (var table : List.of("tickets", "ticket_events", "sms_log", "outbound_sms", "outbound_email")) {
            var column = "tickets".equals(table) ? "id" : "ticket_id";
            // Ids are left out: a random UUID may happen to contain "8001" or "79111".
            var leftovers = rows.list("SELECT regexp_replace(x::text, "
                    + "'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', '', 'g') AS text FROM "
                    + table + " x WHERE " + column + " = ?", idleFor25Months);
            // lower case too: tickets keeps name and summary folded for the search (V13)
            assertThat(leftovers).as(table).isNotEmpty().allSatisfy(row -> assertThat((String) row.get("text"))
                    .as(table).doesNotContainIgnoringCase("Ottilie", "Altkundin", "79111", "111 00 11", "ottilie@",
                            "Boiler", "8001"));
        }
        var ticket = rows.one("SELECT contact_name, contact_phone, contact_email, summary, metadata::text AS metadata,"
                + " dedupe_key FROM tickets WHERE id = ?", idleFor25Months);
        assertThat(ticket).containsEntry("contact_name", null).containsEntry("contact_phone", null)
                .containsEntry("contact_email", null).containsEntry("summary", "").containsEntry("metadata", "{}")
                .containsEntry("dedupe_key", null);
    }

    @Test
    void counts_by_status_source_and_urgency_and_the_events_stay_as_they_were() {
        assertThat(ticketCounts()).isEqualTo(countsBefore);
        assertThat(eventCounts()).isEqualTo(eventsBefore);
        assertThat(rows.list("SELECT new_value FROM ticket_events WHERE ticket_id = ? AND event_type = "
                + "'status_changed'", idleFor25Months)).containsExactly(Map.of("new_value", "NEEDS_CALLBACK"));
    }

    @Test
    void a_second_run_finds_nothing_more_to_do() {
        assertThat(anonymisation.anonymiseIdle()).isEqualTo(new AnonymiseIdleTicketsUseCase.Anonymised(0, 0));
    }

    private UUID wizardTicket(Api api, String name, String phone, String email, String summary) {
        var post = Api.wizardPost("anonym");
        post.put("contact_name", name);
        post.put("contact_phone", phone);
        post.put("contact_email", email);
        post.put("summary", summary);
        var answer = api.postTicket(post);
        assertThat(answer.status()).isEqualTo(201);
        return UUID.fromString((String) answer.body().get("ticket_id"));
    }

    private List<Map<String, Object>> ticketCounts() {
        return rows.list("""
                SELECT date_trunc('month', created_at) AS month, status, source, urgency, intent, count(*) AS tickets
                FROM tickets GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5""");
    }

    private List<Map<String, Object>> eventCounts() {
        return rows.list("""
                SELECT ticket_id, event_type, created_at, count(*) AS events FROM ticket_events
                GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""");
    }
}
