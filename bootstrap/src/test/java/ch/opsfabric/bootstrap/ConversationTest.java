package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Notes and messages on a ticket over the staff API, the customer's SMS answer, and the timeline that shows
 * them, against the real queues and the real SMS webhook.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class ConversationTest extends ServiceTest {

    private static final AtomicInteger BUSINESSES = new AtomicInteger();
    private static final String CUSTOMER = "+41791234567";

    @Inject
    MutableClock clock;

    @Inject
    DispatchDueSmsUseCase dispatcher;

    private Api api;
    private StaffApi staff;
    private String smsNumber;
    private UUID business;
    private String ticketId;

    @BeforeEach
    void aTicketOfANewBusiness() {
        clock.set(TestClockFactory.START);
        rows.execute("UPDATE outbound_sms SET status = 'cancelled' WHERE status IN ('pending', 'sending')");
        api = new Api(http);
        var n = BUSINESSES.incrementAndGet();
        smsNumber = "+4143700%04d".formatted(n);
        var provisioned = api.provision(Map.of("name", "Dörfler AG", "slug", "gespraech-" + n,
                "email", "info@doerfler.example", "sms_number", smsNumber, "canton", "zh"));
        business = UUID.fromString((String) provisioned.get("id"));
        staff = new StaffApi(api, (String) provisioned.get("staff_token"));
        var entry = StaffApi.manualTicket("Anna Muster", "079 123 45 67", "Boiler tropft");
        entry.put("contact_email", "anna@example.ch");
        ticketId = (String) staff.create(entry).body().get("id");
        clock.advance(Duration.ofMinutes(5));
    }

    @Test
    void a_note_stays_in_the_timeline_under_the_callers_name_and_is_sent_to_nobody() {
        var queued = queuedMessages();

        var answer = staff.note(ticketId, Map.of("text", "Kundin ruft ab 14 Uhr zurück"));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body()).containsEntry("kind", "note").containsEntry("type", "note_added")
                .containsEntry("text", "Kundin ruft ab 14 Uhr zurück").containsEntry("actor", "token:provisioning");
        assertThat(queuedMessages()).isEqualTo(queued);
    }

    @Test
    void an_sms_to_the_customer_is_normalised_to_gsm_7_and_the_answer_names_encoding_and_segments() {
        var answer = staff.message(ticketId, Map.of("text", "Guten Tag – wir kommen „morgen“ um 8 Uhr.",
                "channel", "sms"));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body()).containsEntry("channel", "sms").containsEntry("encoding", "GSM_7")
                .containsEntry("segments", 1).containsEntry("urgent", false);
        assertThat(rows.one("SELECT body, purpose, to_number FROM outbound_sms WHERE ticket_id = ? "
                + "AND purpose = 'staff_message'", UUID.fromString(ticketId)))
                .containsEntry("body", "Guten Tag - wir kommen \"morgen\" um 8 Uhr.")
                .containsEntry("to_number", CUSTOMER);
    }

    @Test
    void an_sms_of_more_than_3_segments_is_refused_naming_the_count_and_nothing_is_written() {
        var before = rows.allRows();

        var answer = staff.message(ticketId, Map.of("text", "x".repeat(153 * 3 + 1), "channel", "sms"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "text");
        assertThat((String) answer.body().get("message")).contains("makes 4 SMS segments");
        assertThat(rows.allRows()).isEqualTo(before);
    }

    @Test
    void an_sms_to_a_number_that_opted_out_is_refused_with_409_opted_out_and_nothing_is_written() {
        rows.update("INSERT INTO sms_opt_outs (customer_id, phone, opted_out_at) VALUES (?, ?, ?)", business,
                CUSTOMER, Instant.now());
        var before = rows.allRows();

        var answer = staff.message(ticketId, Map.of("text", "Wir kommen morgen.", "channel", "sms"));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body()).containsEntry("error", "opted_out");
        assertThat(rows.allRows()).isEqualTo(before);
    }

    @Test
    void in_quiet_hours_a_message_waits_for_their_end_unless_it_is_urgent() {
        clock.set(ZonedDateTime.of(2026, 11, 24, 22, 30, 0, 0, MutableClock.ZURICH));
        var morning = ZonedDateTime.of(2026, 11, 25, 7, 0, 0, 0, MutableClock.ZURICH).toInstant();

        var waiting = staff.message(ticketId, Map.of("text", "Wir kommen morgen.", "channel", "sms"));
        var urgent = staff.message(ticketId, Map.of("text", "Wasser abstellen!", "channel", "sms", "urgent", true));
        var email = staff.message(ticketId, Map.of("text", "Offerte folgt.", "channel", "email"));

        assertThat(Instant.parse((String) waiting.body().get("due_at"))).isEqualTo(morning);
        assertThat(Instant.parse((String) urgent.body().get("due_at"))).isEqualTo(clock.instant());
        assertThat(Instant.parse((String) email.body().get("due_at"))).isEqualTo(morning);
    }

    @Test
    void a_ticket_without_an_address_for_the_channel_is_refused_naming_the_channel() {
        var withoutEmail = (String) staff.create(StaffApi.manualTicket("Beat", "078 111 22 33", "Offerte")).body()
                .get("id");
        var withoutPhone = StaffApi.manualTicket("Cora", null, "Offerte");
        withoutPhone.put("contact_email", "cora@example.ch");
        var noPhone = (String) staff.create(withoutPhone).body().get("id");

        var email = staff.message(withoutEmail, Map.of("text", "Hallo", "channel", "email"));
        var sms = staff.message(noPhone, Map.of("text", "Hallo", "channel", "sms"));

        assertThat(email.status()).isEqualTo(422);
        assertThat(email.body()).containsEntry("field", "channel");
        assertThat(sms.status()).isEqualTo(422);
        assertThat(sms.body()).containsEntry("field", "channel");
    }

    @Test
    void an_e_mail_to_the_customer_goes_through_the_e_mail_queue_to_their_address() {
        var answer = staff.message(ticketId, Map.of("text", "Die Offerte folgt morgen.", "channel", "email"));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body()).containsEntry("channel", "email").containsEntry("encoding", null)
                .containsEntry("segments", null);
        assertThat(rows.one("SELECT to_address, body FROM outbound_email WHERE ticket_id = ? "
                + "AND purpose = 'staff_message'", UUID.fromString(ticketId)))
                .containsEntry("to_address", "anna@example.ch").containsEntry("body", "Die Offerte folgt morgen.");
    }

    @Test
    void the_customers_sms_answer_within_14_days_joins_the_ticket_as_message_received_whatever_the_day() {
        staff.message(ticketId, Map.of("text", "Passt Ihnen Donnerstag?", "channel", "sms"));
        clock.advance(Duration.ofDays(13));
        var tickets = rows.count("SELECT count(*) FROM tickets WHERE customer_id = ?", business);

        customerWrites("SM-answer-1", "Ja, Donnerstag passt.");

        assertThat(rows.count("SELECT count(*) FROM tickets WHERE customer_id = ?", business)).isEqualTo(tickets);
        assertThat(rows.one("SELECT new_value, actor FROM ticket_events WHERE ticket_id = ? "
                + "AND event_type = 'message_received'", UUID.fromString(ticketId)))
                .containsEntry("new_value", "Ja, Donnerstag passt.").containsEntry("actor", "customer");
    }

    @Test
    void an_sms_answer_after_14_days_opens_a_ticket_of_its_own() {
        staff.message(ticketId, Map.of("text", "Passt Ihnen Donnerstag?", "channel", "sms"));
        clock.advance(Duration.ofDays(15));

        customerWrites("SM-late-1", "Ja, Donnerstag passt.");

        assertThat(rows.count("SELECT count(*) FROM ticket_events WHERE event_type = 'message_received'"
                + " AND ticket_id = ?", UUID.fromString(ticketId))).isZero();
        assertThat(rows.count("SELECT count(*) FROM tickets WHERE customer_id = ? AND source = 'sms_reply'",
                business)).isEqualTo(1);
    }

    @Test
    void a_reply_option_does_not_join_the_conversation() {
        staff.message(ticketId, Map.of("text", "Passt Ihnen Donnerstag?", "channel", "sms"));
        clock.advance(Duration.ofDays(2));

        customerWrites("SM-option-1", "2");

        assertThat(rows.count("SELECT count(*) FROM ticket_events WHERE event_type = 'message_received' "
                + "AND customer_id = ?", business)).isZero();
    }

    @Test
    void the_timeline_holds_events_notes_and_messages_both_ways_oldest_first_with_actor_and_sms_delivery() {
        staff.note(ticketId, Map.of("text", "Kundin zögert"));
        clock.advance(Duration.ofMinutes(1));
        staff.message(ticketId, Map.of("text", "Passt Ihnen Donnerstag?", "channel", "sms"));
        dispatcher.dispatchDue();
        clock.advance(Duration.ofMinutes(1));
        customerWrites("SM-timeline-1", "Ja, gerne.");

        var detail = staff.detail(ticketId).body();

        var timeline = (List<Map<String, Object>>) detail.get("timeline");
        assertThat(timeline).extracting(entry -> entry.get("type") + "/" + entry.get("kind"))
                .containsSubsequence("created/event", "note_added/note", "message_sent/message",
                        "message_received/message");
        assertThat(timeline).filteredOn(entry -> "message_sent".equals(entry.get("type"))).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("direction", "out").containsEntry("channel", "sms")
                        .containsEntry("delivery_status", "sent").containsEntry("actor", "token:provisioning"));
        assertThat(timeline).filteredOn(entry -> "message_received".equals(entry.get("type"))).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("direction", "in")
                        .containsEntry("text", "Ja, gerne.").containsEntry("actor", "customer"));
        assertThat(timeline).allSatisfy(entry -> assertThat(entry.get("actor")).isNotNull());
        assertThat((List<Map<String, Object>>) detail.get("events")).hasSameSizeAs(timeline);
    }

    private void customerWrites(String messageId, String text) {
        assertThat(api.sendForText(Telephony.form("/api/webhook/sms-reply",
                Telephony.sms(messageId, CUSTOMER, smsNumber, text))).status()).isEqualTo(200);
    }

    private long queuedMessages() {
        return rows.count("SELECT count(*) FROM outbound_sms") + rows.count("SELECT count(*) FROM outbound_email");
    }
}
