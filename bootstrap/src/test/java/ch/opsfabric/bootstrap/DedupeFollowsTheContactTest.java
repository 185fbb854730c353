package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docs/domain-rules.md, Dedupe over HTTP and PostgreSQL: open means work still to do, so a finished job never hides a
 * new request, and the dedupe key follows a corrected contact. The first test is the story in
 * which a request reached the wrong person: Anna's job is done and her number corrected, then
 * Jürg writes from the number she had.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class DedupeFollowsTheContactTest extends ServiceTest {

    private static final AtomicInteger SLUGS = new AtomicInteger();
    private static final String ANNAS_OLD_NUMBER = "+41791234567";
    private static final String ANNAS_NEW_NUMBER = "+41781112233";

    @Inject
    MutableClock clock;

    private Api api;
    private StaffApi staff;
    private String slug;

    @BeforeEach
    void aBusinessAtTenInTheMorning() {
        clock.set(TestClockFactory.START);
        api = new Api(http);
        slug = "dedupe-" + SLUGS.incrementAndGet();
        staff = new StaffApi(api, (String) api.provision(slug).get("staff_token"));
    }

    private Api.Answer wizard(String name, String phone, String urgency, String summary) {
        var post = new LinkedHashMap<>(Api.wizardPost(slug));
        post.put("contact_name", name);
        post.put("contact_phone", phone);
        post.put("contact_email", null);
        post.put("urgency", urgency);
        post.put("summary", summary);
        return api.postTicket(post);
    }

    private String newTicket(String name, String phone, String summary) {
        var answer = wizard(name, phone, "MED", summary);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return (String) answer.body().get("ticket_id");
    }

    private Map<String, Object> ticket(String id) {
        return rows.one("SELECT status, urgency, contact_name, contact_phone, summary, dedupe_key FROM tickets "
                + "WHERE id = ?", UUID.fromString(id));
    }

    private List<Map<String, Object>> confirmationsOf(String ticketId) {
        return rows.list("SELECT to_number, body FROM outbound_sms WHERE ticket_id = ? AND purpose = 'confirmation' "
                + "ORDER BY created_at", UUID.fromString(ticketId));
    }

    @Test
    void a_new_request_from_the_number_of_a_finished_and_corrected_ticket_opens_its_own_ticket_for_its_own_person() {
        var annas = newTicket("Anna Muster", "079 123 45 67", "Wasserhahn tropft");
        clock.advance(Duration.ofMinutes(10));
        staff.patch(annas, Map.of("status", "SCHEDULED", "scheduled_at", "2026-11-24T13:00:00Z"));
        staff.patch(annas, Map.of("status", "IN_PROGRESS"));
        staff.patch(annas, Map.of("status", "DONE"));
        staff.patch(annas, Map.of("contact_phone", "078 111 22 33", "summary", "Dichtung ersetzt"));
        var annaBefore = ticket(annas);
        clock.advance(Duration.ofMinutes(10));

        var answer = wizard("Jürg Müller-Schäfer", "079 123 45 67", "HIGH", "Heizung ausgefallen");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body()).containsEntry("dedupe_matched", false);
        var juergs = (String) answer.body().get("ticket_id");
        assertThat(juergs).isNotEqualTo(annas);
        assertThat(ticket(juergs)).containsEntry("status", "NEW").containsEntry("urgency", "HIGH")
                .containsEntry("contact_name", "Jürg Müller-Schäfer").containsEntry("contact_phone", ANNAS_OLD_NUMBER)
                .containsEntry("summary", "Heizung ausgefallen");
        assertThat(confirmationsOf(juergs)).singleElement().satisfies(sms -> {
            assertThat(sms).containsEntry("to_number", ANNAS_OLD_NUMBER);
            assertThat((String) sms.get("body")).startsWith("Danke Jürg Müller-Schäfer,");
        });
        assertThat(rows.one("SELECT subject, body FROM outbound_email WHERE ticket_id = ?", UUID.fromString(juergs))
                .get("body").toString()).contains("Jürg Müller-Schäfer").doesNotContain("Anna");
        assertThat(ticket(annas)).isEqualTo(annaBefore).containsEntry("status", "DONE")
                .containsEntry("contact_phone", ANNAS_NEW_NUMBER);
        assertThat(StaffApi.ids(staff.list("status", "NEW"))).containsExactly(juergs);
    }

    @Test
    void a_done_ticket_is_not_joined_even_from_its_own_number() {
        var first = newTicket("Anna Muster", "079 123 45 67", "Wasserhahn tropft");
        staff.patch(first, Map.of("status", "DONE"));

        var again = wizard("Anna Muster", "079 123 45 67", "MED", "Jetzt tropft die Dusche");

        assertThat(again.body()).containsEntry("dedupe_matched", false);
        assertThat(again.body().get("ticket_id")).isNotEqualTo(first);
    }

    @Test
    void correcting_the_phone_of_an_open_ticket_moves_its_key_to_the_new_number() {
        var annas = newTicket("Anna Muster", "079 123 45 67", "Wasserhahn tropft");
        staff.patch(annas, Map.of("contact_phone", "078 111 22 33"));

        var fromTheNewNumber = wizard("Anna Muster", "078 111 22 33", "MED", "Foto folgt");
        var fromTheOldNumber = wizard("Beat Keller", "079 123 45 67", "MED", "Heizung");

        assertThat(fromTheNewNumber.body()).containsEntry("dedupe_matched", true).containsEntry("ticket_id", annas);
        assertThat(fromTheOldNumber.body()).containsEntry("dedupe_matched", false);
        assertThat(ticket(annas).get("dedupe_key").toString()).contains(":" + ANNAS_NEW_NUMBER + ":");
    }

    @Test
    void a_correction_onto_the_number_of_another_open_ticket_of_that_day_is_refused_naming_it_and_changes_nothing() {
        var annas = newTicket("Anna Muster", "079 123 45 67", "Wasserhahn tropft");
        var beats = newTicket("Beat Keller", "078 111 22 33", "Heizung");
        var before = rows.allRows();

        var answer = staff.patch(beats, Map.of("contact_phone", "079 123 45 67", "summary", "Heizung kalt"));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body()).containsEntry("error", "conflict").containsEntry("field", "contact_phone");
        assertThat((String) answer.body().get("message")).contains(annas);
        assertThat(rows.allRows()).isEqualTo(before);
    }

    @Test
    void a_finished_ticket_may_take_the_number_of_an_open_one() {
        var annas = newTicket("Anna Muster", "079 123 45 67", "Wasserhahn tropft");
        var beats = newTicket("Beat Keller", "078 111 22 33", "Heizung");
        staff.patch(beats, Map.of("status", "DONE"));

        var answer = staff.patch(beats, Map.of("contact_phone", "079 123 45 67"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(wizard("Anna Muster", "079 123 45 67", "MED", "Noch etwas").body())
                .containsEntry("ticket_id", annas);
    }

    @Test
    void a_repeat_from_the_same_number_under_another_name_joins_the_ticket_and_is_confirmed_to_that_name() {
        var annas = newTicket("Anna Muster", "079 123 45 67", "Wasserhahn tropft");
        clock.advance(Duration.ofMinutes(40));

        var answer = wizard("Jürg Müller-Schäfer", "079 123 45 67", "MED", "Heizung ausgefallen");

        assertThat(answer.body()).containsEntry("dedupe_matched", true).containsEntry("ticket_id", annas);
        assertThat(ticket(annas)).containsEntry("contact_name", "Anna Muster")
                .containsEntry("summary", "Wasserhahn tropft\nJürg Müller-Schäfer: Heizung ausgefallen");
        assertThat(confirmationsOf(annas)).extracting(sms -> sms.get("to_number"))
                .containsExactly(ANNAS_OLD_NUMBER, ANNAS_OLD_NUMBER);
        assertThat(confirmationsOf(annas).getLast().get("body").toString()).startsWith("Danke Jürg Müller-Schäfer,");
        var merged = (List<Map<String, Object>>) staff.detail(annas).body().get("events");
        assertThat(merged).filteredOn(event -> "dedupe_merged".equals(event.get("type"))).singleElement()
                .satisfies(event -> assertThat((Map<String, Object>) event.get("metadata"))
                        .containsEntry("contact_name", "Jürg Müller-Schäfer"));
    }
}
