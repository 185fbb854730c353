package ch.opsfabric.domain.ticket;

import static ch.opsfabric.domain.ticket.TicketFixture.LATER;
import static ch.opsfabric.domain.ticket.TicketFixture.CUSTOMER_ID;
import static ch.opsfabric.domain.ticket.TicketFixture.MOBILE;
import static ch.opsfabric.domain.ticket.TicketFixture.ZURICH;
import static ch.opsfabric.domain.ticket.TicketFixture.aTicket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Staff corrections of contact and summary: what changed is on record, what did not leaves no trace. */
class CorrectingATicketTest {

    private static final PhoneNumber OTHER_MOBILE = new PhoneNumber("+41781112233");

    @Test
    void a_corrected_phone_writes_one_contact_changed_event_naming_the_field() {
        var ticket = aTicket().withContact(Contact.of("Anna Meier", MOBILE, null)).build();

        var edited = ticket.correctContact(Contact.of("Anna Meier", OTHER_MOBILE, null), ZURICH, LATER);

        assertThat(edited.ticket().contact().phone()).contains(OTHER_MOBILE);
        assertThat(edited.ticket().updatedAt()).isEqualTo(LATER);
        assertThat(edited.events()).containsExactly(new TicketEvent(ticket.id(), EventType.CONTACT_CHANGED,
                "+41791234567", "+41781112233", Map.of("field", "contact_phone"), LATER));
    }

    @Test
    void a_corrected_phone_moves_the_dedupe_key_to_the_new_number_on_the_tickets_day() {
        var ticket = aTicket().withContact(Contact.of("Anna Meier", MOBILE, null)).build();

        var edited = ticket.correctContact(Contact.of("Anna Meier", OTHER_MOBILE, null), ZURICH, LATER.plus(Duration.ofDays(3)));

        assertThat(edited.ticket().dedupeKey()).isEqualTo(new DedupeKey(CUSTOMER_ID + ":+41781112233:2025-01-15"));
    }

    @Test
    void a_ticket_without_a_phone_keys_on_its_corrected_e_mail() {
        var ticket = aTicket().withContact(Contact.of("Anna Meier", null, "anna@example.ch")).build();

        var edited = ticket.correctContact(Contact.of("Anna Meier", null, "Anna.Meier@Example.ch"), ZURICH, LATER);

        assertThat(edited.ticket().dedupeKey())
                .isEqualTo(new DedupeKey(CUSTOMER_ID + ":anna.meier@example.ch:2025-01-15"));
    }

    @Test
    void a_corrected_name_alone_keeps_the_key() {
        var ticket = aTicket().withContact(Contact.of("Anna Meier", MOBILE, null)).build();

        var edited = ticket.correctContact(Contact.of("Anna Meier-Huber", MOBILE, null), ZURICH, LATER);

        assertThat(edited.ticket().dedupeKey()).isEqualTo(ticket.dedupeKey());
    }

    @Test
    void every_changed_contact_field_gets_its_own_event() {
        var ticket = aTicket().withContact(Contact.of("Anna Meier", MOBILE, null)).build();

        var edited = ticket.correctContact(Contact.of("Anna Meier-Huber", MOBILE, "anna@example.ch"), ZURICH, LATER);

        assertThat(edited.events()).extracting(event -> event.metadata().get("field"))
                .containsExactly("contact_name", "contact_email");
        assertThat(edited.events().get(1).oldValue()).isNull();
    }

    @Test
    void an_unchanged_contact_leaves_the_ticket_as_it_was_and_writes_nothing() {
        var ticket = aTicket().withContact(Contact.of("Anna Meier", MOBILE, null)).build();

        var edited = ticket.correctContact(Contact.of(" Anna Meier ", MOBILE, ""), ZURICH, LATER);

        assertThat(edited.ticket()).isSameAs(ticket);
        assertThat(edited.events()).isEmpty();
    }

    @Test
    void a_correction_may_not_leave_the_ticket_without_phone_and_e_mail() {
        var ticket = aTicket().withContact(Contact.of("Anna Meier", MOBILE, null)).build();

        assertThatThrownBy(() -> ticket.correctContact(Contact.of("Anna Meier", null, null), ZURICH, LATER))
                .isInstanceOfSatisfying(InvalidValue.class, invalid ->
                        assertThat(invalid.field()).isEqualTo("contact_phone"));
    }

    @Test
    void a_rewritten_summary_keeps_the_old_text_in_its_event() {
        var ticket = aTicket().withSummary("Wasserhahn tropft").build();

        var edited = ticket.correctSummary("Wasserhahn Küche tropft, Dichtung ersetzen", LATER);

        assertThat(edited.ticket().summary()).isEqualTo("Wasserhahn Küche tropft, Dichtung ersetzen");
        assertThat(edited.events()).containsExactly(TicketEvent.of(ticket.id(), EventType.SUMMARY_CHANGED,
                "Wasserhahn tropft", "Wasserhahn Küche tropft, Dichtung ersetzen", LATER));
    }

    @Test
    void the_same_summary_again_is_no_change() {
        var ticket = aTicket().withSummary("Wasserhahn tropft").build();

        assertThat(ticket.correctSummary("Wasserhahn tropft ", LATER).events()).isEmpty();
    }

    @Test
    void the_correction_event_codes_are_stored_in_lower_case() {
        assertThat(EventType.CONTACT_CHANGED.code()).isEqualTo("contact_changed");
        assertThat(EventType.SUMMARY_CHANGED.code()).isEqualTo("summary_changed");
        assertThat(EventType.APPOINTMENT_CHANGED.code()).isEqualTo("appointment_changed");
    }
}
