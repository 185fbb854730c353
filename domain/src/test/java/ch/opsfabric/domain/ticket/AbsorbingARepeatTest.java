package ch.opsfabric.domain.ticket;

import static ch.opsfabric.domain.ticket.InquiryFixture.anInquiry;
import static ch.opsfabric.domain.ticket.TicketFixture.LATER;
import static ch.opsfabric.domain.ticket.TicketFixture.MOBILE;
import static ch.opsfabric.domain.ticket.TicketFixture.aTicket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * docs/domain-rules.md, Dedupe: a same-day repeat from the same contact updates the open ticket instead of opening
 * one.
 */
class AbsorbingARepeatTest {

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
            "LOW,  LOW,  LOW", "LOW,  MED,  MED", "LOW,  HIGH, HIGH",
            "MED,  LOW,  MED", "MED,  MED,  MED", "MED,  HIGH, HIGH",
            "HIGH, LOW,  HIGH", "HIGH, MED,  HIGH", "HIGH, HIGH, HIGH"})
    void urgency_becomes_the_higher_of_both_and_is_never_lowered(Urgency existing, Urgency incoming, Urgency expected) {
        var ticket = aTicket().withUrgency(existing).build();

        var absorbed = ticket.absorb(anInquiry().withUrgency(incoming).build(), LATER);

        assertThat(absorbed.ticket().urgency()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} -> raised to HIGH: {2}")
    @CsvSource({
            "LOW,  HIGH, true", "MED,  HIGH, true",
            "HIGH, HIGH, false", "HIGH, LOW, false", "LOW, MED, false", "MED, MED, false"})
    void only_an_upgrade_to_high_is_reported_as_raised_to_high(Urgency existing, Urgency incoming, boolean raised) {
        var ticket = aTicket().withUrgency(existing).build();

        var absorbed = ticket.absorb(anInquiry().withUrgency(incoming).build(), LATER);

        assertThat(absorbed.raisedToHigh()).isEqualTo(raised);
    }

    @Test
    void new_text_is_appended_to_the_summary_on_its_own_line() {
        var ticket = aTicket().withSummary("Wasserhahn in der Küche tropft").build();

        var absorbed = ticket.absorb(anInquiry().withSummary("Jetzt läuft auch Wasser unter die Spüle").build(), LATER);

        assertThat(absorbed.ticket().summary())
                .isEqualTo("Wasserhahn in der Küche tropft\nJetzt läuft auch Wasser unter die Spüle");
    }

    @Test
    void the_same_text_sent_again_is_not_appended_twice() {
        var ticket = aTicket().withSummary("Wasserhahn in der Küche tropft").build();

        var absorbed = ticket.absorb(anInquiry().withSummary("  Wasserhahn in der Küche tropft ").build(), LATER);

        assertThat(absorbed.ticket().summary()).isEqualTo("Wasserhahn in der Küche tropft");
    }

    @Test
    void a_repeat_without_text_leaves_the_summary_as_it_was() {
        var ticket = aTicket().withSummary("Wasserhahn in der Küche tropft").build();

        var absorbed = ticket.absorb(anInquiry().withSummary("").build(), LATER);

        assertThat(absorbed.ticket().summary()).isEqualTo("Wasserhahn in der Küche tropft");
    }

    @Test
    void a_ticket_without_a_summary_takes_the_new_text_as_it_is() {
        var ticket = aTicket().withSummary("").build();

        var absorbed = ticket.absorb(anInquiry().withSummary("Bitte um Rückruf").build(), LATER);

        assertThat(absorbed.ticket().summary()).isEqualTo("Bitte um Rückruf");
    }

    @Test
    void metadata_is_merged_and_the_newer_value_wins_per_key() {
        var ticket = aTicket().withMetadata(Map.of("plz", "8004", "preferred_time", "morgens")).build();

        var absorbed = ticket.absorb(anInquiry()
                .withMetadata(Map.of("preferred_time", "abends", "photo_url", "https://x.example/1.jpg")).build(), LATER);

        assertThat(absorbed.ticket().metadata()).isEqualTo(
                Map.of("plz", "8004", "preferred_time", "abends", "photo_url", "https://x.example/1.jpg"));
    }

    @Test
    void known_contact_details_are_kept_and_missing_ones_are_filled_in() {
        var ticket = aTicket().withContact(Contact.of("Anna Meier", MOBILE, null)).build();

        var absorbed = ticket.absorb(anInquiry()
                .withContact(Contact.of("A. Meier", null, "anna.meier@example.ch")).build(), LATER);

        assertThat(absorbed.ticket().contact()).isEqualTo(Contact.of("Anna Meier", MOBILE, "anna.meier@example.ch"));
    }

    @Test
    void a_known_intent_is_kept() {
        var ticket = aTicket().withIntent("sanitaer_reparatur").build();

        var absorbed = ticket.absorb(anInquiry().withIntent("offerte_bad").build(), LATER);

        assertThat(absorbed.ticket().intent()).isEqualTo("sanitaer_reparatur");
    }

    @Test
    void a_missing_intent_is_taken_from_the_repeat() {
        var ticket = aTicket().withIntent(null).build();

        var absorbed = ticket.absorb(anInquiry().withIntent("sanitaer_notfall").build(), LATER);

        assertThat(absorbed.ticket().intent()).isEqualTo("sanitaer_notfall");
    }

    @Test
    void absorbing_writes_a_dedupe_merged_event_with_the_urgency_before_and_after() {
        var ticket = aTicket().withUrgency(Urgency.LOW).build();

        var absorbed = ticket.absorb(anInquiry().withSource(TicketSource.SMS_REPLY).withUrgency(Urgency.HIGH).build(), LATER);

        assertThat(absorbed.event()).isEqualTo(new TicketEvent(ticket.id(), EventType.DEDUPE_MERGED, "LOW", "HIGH",
                Map.of("source", "sms_reply"), LATER));
    }

    @Test
    void absorbing_keeps_the_tickets_identity_state_and_deadline_and_updates_its_time() {
        var ticket = aTicket().withStatus(TicketStatus.SCHEDULED).build();

        var absorbed = ticket.absorb(anInquiry().build(), LATER).ticket();

        assertThat(absorbed).usingRecursiveComparison()
                .comparingOnlyFields("id", "customerId", "source", "status", "dedupeKey", "createdAt", "slaDeadline",
                        "jobCompletedAt")
                .isEqualTo(ticket);
        assertThat(absorbed.updatedAt()).isEqualTo(LATER);
    }

    @ParameterizedTest
    @EnumSource(value = TicketStatus.class, names = {"DONE", "CLOSED"})
    void a_finished_ticket_absorbs_nothing(TicketStatus finished) {
        var ticket = aTicket().withStatus(finished).build();

        assertThatThrownBy(() -> ticket.absorb(anInquiry().build(), LATER))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_repeat_under_another_name_keeps_the_tickets_contact_and_appends_its_text_under_that_name() {
        var ticket = aTicket().withContact(Contact.of("Anna Muster", MOBILE, null)).withSummary("Wasserhahn tropft")
                .build();

        var absorbed = ticket.absorb(anInquiry().withContact(Contact.of("Jürg Müller-Schäfer", MOBILE, null))
                .withSummary("Heizung ausgefallen").build(), LATER);

        assertThat(absorbed.ticket().contact().name()).contains("Anna Muster");
        assertThat(absorbed.ticket().summary())
                .isEqualTo("Wasserhahn tropft\nJürg Müller-Schäfer: Heizung ausgefallen");
        assertThat(absorbed.event().metadata()).containsEntry("contact_name", "Jürg Müller-Schäfer");
    }

    @Test
    void a_repeat_under_the_same_name_in_other_case_is_no_other_person() {
        var ticket = aTicket().withContact(Contact.of("Anna Muster", MOBILE, null)).withSummary("Wasserhahn tropft")
                .build();

        var absorbed = ticket.absorb(anInquiry().withContact(Contact.of("anna muster", MOBILE, null))
                .withSummary("Auch die Dusche").build(), LATER);

        assertThat(absorbed.ticket().summary()).isEqualTo("Wasserhahn tropft\nAuch die Dusche");
        assertThat(absorbed.event().metadata()).doesNotContainKey("contact_name");
    }
}
