package ch.opsfabric.adapters.http.page.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wizard's checks, each answered in German next to its field. */
class CheckingWizardAnswersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Map<String, String> errors(WizardFlow flow, Map<String, String> form) {
        var step = flow.steps(List.of("Sanitär")).stream().flatMap(List::stream).toList();
        return WizardAnswers.from(flow, form).errors(step, List.of("Sanitär"), TODAY);
    }

    @Test
    void a_notfall_needs_a_telephone_number_an_e_mail_address_does_not_do() {
        var errors = errors(WizardFlow.NOTFALL, Map.of("problem", "Rohrbruch", "plz", "8001", "name", "Anna",
                "email", "anna@example.ch", "einwilligung", "ja"));

        assertThat(errors).containsOnlyKeys("telefon")
                .containsEntry("telefon", "Für einen Notfall brauchen wir Ihre Telefonnummer.");
    }

    @Test
    void other_flows_take_a_telephone_number_or_an_e_mail_address() {
        var base = Map.of("kategorie", "Sanitär", "beschreibung", "Boiler", "plz", "8001", "name", "Anna",
                "einwilligung", "ja");

        assertThat(errors(WizardFlow.STANDARD, base)).containsOnlyKeys("telefon");
        var withEmail = new HashMap<>(base);
        withEmail.put("email", "anna@example.ch");
        assertThat(errors(WizardFlow.STANDARD, withEmail)).isEmpty();
    }

    @Test
    void postcode_telephone_and_e_mail_must_be_what_they_say() {
        var errors = errors(WizardFlow.STANDARD, Map.of("kategorie", "Sanitär", "beschreibung", "Boiler",
                "plz", "800", "name", "Anna", "telefon", "12", "email", "anna(at)example", "einwilligung", "ja"));

        assertThat(errors).containsOnlyKeys("plz", "telefon", "email");
        assertThat(errors.get("plz")).startsWith("Bitte geben Sie eine vierstellige Postleitzahl an");
    }

    @Test
    void a_reservation_is_for_today_or_later_at_a_time_for_1_to_999_people() {
        var errors = errors(WizardFlow.RESERVIERUNG, Map.of("datum", "2026-11-23", "uhrzeit", "25:00",
                "personen", "0", "name", "Anna", "telefon", "079 123 45 67", "einwilligung", "ja"));

        assertThat(errors).containsOnlyKeys("datum", "uhrzeit", "personen");
        assertThat(errors(WizardFlow.RESERVIERUNG, Map.of("datum", "24.11.2026", "uhrzeit", "19:30",
                "personen", "4", "name", "Anna", "telefon", "079 123 45 67", "einwilligung", "ja"))).isEmpty();
    }

    @Test
    void a_category_must_be_one_the_business_offers_and_consent_must_be_given() {
        var errors = errors(WizardFlow.STANDARD, Map.of("kategorie", "Dachdecker", "beschreibung", "x",
                "plz", "8001", "name", "Anna", "telefon", "079 123 45 67"));

        assertThat(errors).containsOnlyKeys("kategorie", "einwilligung");
    }

    @Test
    void text_the_database_cannot_keep_is_refused_in_german() {
        var errors = errors(WizardFlow.NOTFALL, Map.of("problem", "Rohr\u0000bruch", "plz", "8001", "name", "Anna",
                "telefon", "079 123 45 67", "einwilligung", "ja"));

        assertThat(errors).containsEntry("problem", "Dieser Text enthält Zeichen, die wir nicht speichern können.");
    }

    @Test
    void the_request_carries_the_flow_as_intent_and_urgency_and_the_missed_call_mark_only_when_it_came_from_one() {
        var answers = WizardAnswers.from(WizardFlow.NOTFALL, Map.of("problem", "Rohrbruch", "plz", "8001",
                "name", "Anna", "telefon", "079 123 45 67", "einwilligung", "ja", "ignored", "x"));

        var fromCall = answers.command("doerfler", true, null);
        var direct = answers.command("doerfler", false, null);

        assertThat(fromCall.intent()).isEqualTo("notfall");
        assertThat(fromCall.urgency()).isEqualTo("HIGH");
        assertThat(fromCall.contactPhone()).isEqualTo("+41791234567");
        assertThat(fromCall.metadata()).containsEntry("ref", "missed_call").containsEntry("plz", "8001")
                .doesNotContainKey("ignored");
        assertThat(direct.metadata()).doesNotContainKey("ref");
        assertThat(direct.summary()).isEqualTo("Notfall\nWas ist passiert: Rohrbruch\nPLZ: 8001");
    }
}
