package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PATCH /api/tickets/{id}: the state machine, appointments with their SMS, and corrections, each on record. */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class StaffTicketChangeTest extends ServiceTest {

    private static final AtomicInteger SLUGS = new AtomicInteger();
    /** Wednesday 25 November 2026, 14:00 in Zurich. */
    private static final String WEDNESDAY_2_PM = "2026-11-25T13:00:00Z";

    @Inject
    MutableClock clock;

    @Inject
    DispatchDueSmsUseCase dispatcher;

    private StaffApi staff;
    private String ticketId;

    @BeforeEach
    void aNewTicket() {
        clock.set(TestClockFactory.START);
        rows.execute("UPDATE outbound_sms SET status = 'cancelled' WHERE status IN ('pending', 'sending')");
        staff = StaffApi.forNewBusiness(new Api(http), "termine-" + SLUGS.incrementAndGet());
        ticketId = staff.newTicket("Anna Muster", "079 123 45 67", "Boiler tropft");
        clock.advance(Duration.ofMinutes(5));
    }

    @Test
    void a_refused_move_answers_409_with_the_allowed_states_and_changes_nothing() {
        staff.patch(ticketId, Map.of("status", "DONE"));
        var before = rows.allRows();

        var answer = staff.patch(ticketId, Map.of("status", "NEW", "summary", "neu"));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body()).containsEntry("error", "transition_refused").containsEntry("field", "status")
                .containsEntry("from", "DONE").containsEntry("to", "NEW")
                .containsEntry("allowed", List.of("CLOSED"));
        assertThat(rows.allRows()).isEqualTo(before);
        assertThat(rows.one("SELECT status, summary FROM tickets WHERE id = ?", UUID.fromString(ticketId)))
                .containsEntry("status", "DONE").containsEntry("summary", "Boiler tropft");
    }

    @Test
    void a_closed_ticket_moves_nowhere() {
        staff.patch(ticketId, Map.of("status", "CLOSED"));

        var answer = staff.patch(ticketId, Map.of("status", "IN_PROGRESS"));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body()).containsEntry("allowed", List.of());
    }

    @Test
    void scheduled_without_scheduled_at_is_refused_naming_it_and_nothing_is_written() {
        var before = rows.allRows();

        var answer = staff.patch(ticketId, Map.of("status", "SCHEDULED"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "scheduled_at");
        assertThat(rows.allRows()).isEqualTo(before);
    }

    @Test
    void scheduled_at_that_is_not_an_instant_is_refused_naming_it() {
        for (var unreadable : List.of("morgen 14 Uhr", "2026-11-25T14:00:00", "2026-11-25")) {
            var answer = staff.patch(ticketId, Map.of("status", "SCHEDULED", "scheduled_at", unreadable));

            assertThat(answer.status()).as(unreadable).isEqualTo(422);
            assertThat(answer.body()).containsEntry("field", "scheduled_at");
        }
        var wrongType = staff.patch(ticketId, Map.of("status", "SCHEDULED", "scheduled_at", 1764075600));
        assertThat(wrongType.body()).containsEntry("field", "scheduled_at");
    }

    @Test
    void scheduling_stores_the_appointment_and_texts_it_in_german() {
        var answer = staff.patch(ticketId, Map.of("status", "SCHEDULED", "scheduled_at", WEDNESDAY_2_PM));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("status", "SCHEDULED").containsEntry("scheduled_at", WEDNESDAY_2_PM);
        var sms = rows.one("SELECT to_number, body, status FROM outbound_sms WHERE ticket_id = ? AND purpose = ?",
                UUID.fromString(ticketId), "appointment");
        assertThat(sms).containsEntry("to_number", "+41791234567").containsEntry("status", "pending")
                .containsEntry("body", "Ihr Termin bei Dörfler AG: Mi 25.11. 14:00.");
        assertThat(events(answer)).extracting(event -> event.get("type"))
                .containsSubsequence("status_changed", "appointment_changed");
    }

    @Test
    void the_appointment_sms_leaves_through_the_queue() {
        dispatcher.dispatchDue();

        staff.patch(ticketId, Map.of("status", "SCHEDULED", "scheduled_at", WEDNESDAY_2_PM));

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(rows.one("SELECT status FROM sms_log WHERE ticket_id = ? AND body = ?", UUID.fromString(ticketId),
                "Ihr Termin bei Dörfler AG: Mi 25.11. 14:00.")).containsEntry("status", "sent");
    }

    @Test
    void an_appointment_made_in_quiet_hours_is_texted_when_they_end() {
        clock.setZurich(2026, 11, 24, 22, 10);

        staff.patch(ticketId, Map.of("status", "SCHEDULED", "scheduled_at", WEDNESDAY_2_PM));

        assertThat(rows.one("SELECT to_char(due_at AT TIME ZONE 'Europe/Zurich', 'YYYY-MM-DD HH24:MI') AS due "
                + "FROM outbound_sms WHERE ticket_id = ? AND purpose = 'appointment'", UUID.fromString(ticketId)))
                .containsEntry("due", "2026-11-25 07:00");
    }

    @Test
    void a_contact_who_opted_out_gets_no_appointment_sms() {
        rows.execute("INSERT INTO sms_opt_outs (customer_id, phone, opted_out_at) "
                + "SELECT customer_id, contact_phone, now() FROM tickets WHERE id = '" + ticketId + "'");

        var answer = staff.patch(ticketId, Map.of("status", "SCHEDULED", "scheduled_at", WEDNESDAY_2_PM));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(rows.count("SELECT count(*) FROM outbound_sms WHERE ticket_id = ? AND purpose = 'appointment'",
                UUID.fromString(ticketId))).isZero();
    }

    @Test
    void moving_the_appointment_of_a_scheduled_ticket_texts_the_new_time() {
        staff.patch(ticketId, Map.of("status", "SCHEDULED", "scheduled_at", WEDNESDAY_2_PM));

        var answer = staff.patch(ticketId, Map.of("scheduled_at", "2026-11-26T07:30:00Z"));

        assertThat(answer.body()).containsEntry("scheduled_at", "2026-11-26T07:30:00Z");
        assertThat(rows.list("SELECT body FROM outbound_sms WHERE ticket_id = ? AND purpose = 'appointment' "
                + "ORDER BY created_at", UUID.fromString(ticketId))).extracting(row -> row.get("body"))
                .containsExactly("Ihr Termin bei Dörfler AG: Mi 25.11. 14:00.",
                        "Ihr Termin bei Dörfler AG: Do 26.11. 08:30.");
        assertThat(events(answer)).filteredOn(event -> "appointment_changed".equals(event.get("type")))
                .extracting(event -> event.get("old_value")).containsExactly(null, WEDNESDAY_2_PM);
    }

    @Test
    void cancelling_the_appointment_back_to_needs_callback_clears_it() {
        staff.patch(ticketId, Map.of("status", "SCHEDULED", "scheduled_at", WEDNESDAY_2_PM));

        var answer = staff.patch(ticketId, Map.of("status", "NEEDS_CALLBACK"));

        assertThat(answer.body()).containsEntry("status", "NEEDS_CALLBACK").containsEntry("scheduled_at", null);
    }

    @Test
    void scheduled_at_for_a_ticket_that_is_not_scheduled_is_refused() {
        var answer = staff.patch(ticketId, Map.of("status", "IN_PROGRESS", "scheduled_at", WEDNESDAY_2_PM));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "scheduled_at");
    }

    @Test
    void the_same_status_again_changes_nothing_and_writes_no_event() {
        staff.patch(ticketId, Map.of("status", "IN_PROGRESS"));
        var before = rows.allRows();
        var updatedAt = rows.one("SELECT updated_at FROM tickets WHERE id = ?", UUID.fromString(ticketId));
        clock.advance(Duration.ofMinutes(1));

        var answer = staff.patch(ticketId, Map.of("status", "IN_PROGRESS"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(rows.allRows()).isEqualTo(before);
        assertThat(rows.one("SELECT updated_at FROM tickets WHERE id = ?", UUID.fromString(ticketId)))
                .isEqualTo(updatedAt);
    }

    @Test
    void done_sets_job_completed_at_and_the_whole_way_is_on_record() {
        staff.patch(ticketId, Map.of("status", "SCHEDULED", "scheduled_at", WEDNESDAY_2_PM));
        clock.setZurich(2026, 11, 25, 14, 5);
        staff.patch(ticketId, Map.of("status", "IN_PROGRESS"));
        clock.setZurich(2026, 11, 25, 15, 40);

        var answer = staff.patch(ticketId, Map.of("status", "DONE"));

        assertThat(answer.body()).containsEntry("status", "DONE")
                .containsEntry("job_completed_at", "2026-11-25T14:40:00Z")
                .containsEntry("scheduled_at", WEDNESDAY_2_PM);
        assertThat(events(answer)).filteredOn(event -> "status_changed".equals(event.get("type")))
                .extracting(event -> event.get("old_value") + "→" + event.get("new_value"))
                .containsExactly("NEW→SCHEDULED", "SCHEDULED→IN_PROGRESS", "IN_PROGRESS→DONE");
    }

    @Test
    void a_contact_correction_writes_an_event_per_changed_field() {
        var answer = staff.patch(ticketId, Map.of("contact_phone", "078 111 22 33", "contact_email",
                "anna@example.ch", "contact_name", "Anna Muster"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("contact_phone", "+41781112233")
                .containsEntry("contact_email", "anna@example.ch");
        var changes = events(answer).stream().filter(event -> "contact_changed".equals(event.get("type"))).toList();
        assertThat(changes).extracting(event -> ((Map<String, Object>) event.get("metadata")).get("field"))
                .containsExactly("contact_phone", "contact_email");
        assertThat(changes.getFirst()).containsEntry("old_value", "+41791234567")
                .containsEntry("new_value", "+41781112233");
    }

    @Test
    void a_summary_correction_keeps_the_old_text_in_its_event() {
        var answer = staff.patch(ticketId, Map.of("summary", "Boiler tropft, Sicherheitsventil ersetzen"));

        assertThat(answer.body()).containsEntry("summary", "Boiler tropft, Sicherheitsventil ersetzen");
        assertThat(events(answer).getLast()).containsEntry("type", "summary_changed")
                .containsEntry("old_value", "Boiler tropft");
    }

    @Test
    void a_null_clears_a_contact_field_but_the_last_way_to_reach_the_customer_stays() {
        var cleared = new HashMap<String, Object>();
        cleared.put("contact_name", null);
        assertThat(staff.patch(ticketId, cleared).body()).containsEntry("contact_name", null);

        var unreachable = new HashMap<String, Object>();
        unreachable.put("contact_phone", null);
        var answer = staff.patch(ticketId, unreachable);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "contact_phone");
    }

    @Test
    void everything_in_one_patch_is_applied_together_or_not_at_all() {
        var before = rows.allRows();

        var answer = staff.patch(ticketId, Map.of("status", "IN_PROGRESS", "summary", "Neu", "contact_phone", "12"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "contact_phone");
        assertThat(rows.allRows()).isEqualTo(before);
        assertThat(rows.one("SELECT status FROM tickets WHERE id = ?", UUID.fromString(ticketId)))
                .containsEntry("status", "NEW");
    }

    @Test
    void unknown_fields_and_wrong_types_are_refused_by_name() {
        assertThat(staff.patch(ticketId, Map.of("scheduledAt", WEDNESDAY_2_PM)).body())
                .containsEntry("field", "scheduledAt");
        assertThat(staff.patch(ticketId, Map.of("status", 3)).body()).containsEntry("field", "status");
        assertThat(staff.patch(ticketId, Map.of("status", "ERLEDIGT")).body()).containsEntry("field", "status");
    }

    @Test
    void the_detail_lists_events_oldest_first() {
        staff.patch(ticketId, Map.of("status", "NEEDS_CALLBACK"));
        clock.advance(Duration.ofMinutes(1));
        staff.patch(ticketId, Map.of("status", "IN_PROGRESS", "summary", "Rückruf erledigt"));

        var detail = staff.detail(ticketId);

        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).containsEntry("id", ticketId).containsEntry("source", "manual");
        assertThat(events(detail)).extracting(event -> event.get("type"))
                .containsExactly("created", "status_changed", "status_changed", "summary_changed");
        assertThat(events(detail).getFirst()).containsKeys("old_value", "new_value", "metadata", "created_at");
    }

    @Test
    void every_entry_names_who_caused_it_an_api_token_by_its_name() {
        staff.patch(ticketId, Map.of("status", "IN_PROGRESS"));

        assertThat(events(staff.detail(ticketId))).extracting(event -> event.get("actor"))
                .containsExactly("token:provisioning", "token:provisioning");
    }

    private static List<Map<String, Object>> events(Api.Answer answer) {
        return (List<Map<String, Object>>) answer.body().get("events");
    }
}
