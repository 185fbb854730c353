package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import ch.opsfabric.testsupport.MutableClock;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docs/domain-rules.md, Quiet hours and outbound timing over a quiet-hours night: SMS queued after 21:00 wait for
 * 07:00, and each is checked again when it falls due. What no longer holds by then is dropped as superseded, with the
 * reason
 * on the ticket; the rest goes out once. The clock is the test's; nothing sleeps.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class HeldMessagesOverNightTest extends ServiceTest {

    private static final AtomicInteger BUSINESSES = new AtomicInteger();
    private static final String CALLER = "+41791234567";
    private static final String TOMORROW_2_PM = "2026-11-25T13:00:00Z";

    @Inject
    MutableClock clock;

    @Inject
    DispatchDueSmsUseCase dispatcher;

    private Api api;
    private StaffApi staff;
    private String slug;
    private String businessNumber;
    private int sids;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("app.base-url", "https://ops.example");
        return properties;
    }

    @BeforeEach
    void aBusinessAtTenPastTenInTheEvening() {
        rows.execute("UPDATE outbound_sms SET status = 'cancelled' WHERE status IN ('pending', 'sending')");
        clock.setZurich(2026, 11, 24, 22, 10);
        api = new Api(http);
        var n = BUSINESSES.incrementAndGet();
        slug = "nacht-" + n;
        businessNumber = "+4143600%04d".formatted(n);
        var business = api.provision(Map.of("name", "Dörfler AG", "slug", slug, "email", "info@doerfler.example",
                "phone", "044 443 52 00", "sms_number", businessNumber, "canton", "zh"));
        staff = new StaffApi(api, (String) business.get("staff_token"));
    }

    private String wizardRequest() {
        var post = new LinkedHashMap<>(Api.wizardPost(slug));
        post.put("contact_phone", CALLER);
        var answer = api.postTicket(post);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return (String) answer.body().get("ticket_id");
    }

    private void at(int hour, int minute) {
        clock.setZurich(2026, 11, hour < 12 ? 25 : 24, hour, minute);
    }

    /** 07:00 the next morning: the end of the quiet hours, when the held messages fall due. */
    private void sevenInTheMorning() {
        at(7, 0);
        dispatcher.dispatchDue();
    }

    /** A request entered by staff at 22:10 and given an appointment five minutes later. */
    private String scheduledAtQuarterPastTen() {
        var ticket = staff.newTicket("Anna Muster", CALLER, "Boiler tropft");
        at(22, 15);
        staff.patch(ticket, Map.of("status", "SCHEDULED", "scheduled_at", TOMORROW_2_PM));
        return ticket;
    }

    private List<Map<String, Object>> smsOf(String ticketId) {
        return rows.list("SELECT purpose, to_number, status, superseded_reason FROM outbound_sms WHERE ticket_id = ? "
                + "ORDER BY created_at, purpose", UUID.fromString(ticketId));
    }

    private List<Map<String, Object>> supersededEvents(String ticketId) {
        var events = (List<Map<String, Object>>) staff.detail(ticketId).body().get("events");
        return events.stream().filter(event -> "sms_superseded".equals(event.get("type"))).toList();
    }

    private long sentTo(String number) {
        return rows.count("SELECT count(*) FROM sms_log WHERE direction = 'outbound' AND to_number = ? "
                + "AND customer_id = (SELECT id FROM customers WHERE slug = ?)", number, slug);
    }

    private Api.TextAnswer missedCall() {
        return api.sendForText(Telephony.form("/api/webhook/missed-call",
                Telephony.call("CA" + businessNumber + "-" + (++sids), CALLER, businessNumber, "no-answer")));
    }

    private void reply(String body) {
        api.sendForText(Telephony.form("/api/webhook/sms-reply",
                Telephony.sms("SM" + businessNumber + "-" + (++sids), CALLER, businessNumber, body)));
    }

    private Map<String, Object> missedCallSms() {
        return rows.one("SELECT status, superseded_reason FROM outbound_sms WHERE purpose = 'missed_call' "
                + "AND customer_id = (SELECT id FROM customers WHERE slug = ?)", slug);
    }

    @Test
    void a_held_message_nothing_overtook_goes_out_at_seven_once() {
        var ticket = wizardRequest();

        sevenInTheMorning();
        dispatcher.dispatchDue();

        assertThat(smsOf(ticket)).singleElement().satisfies(sms -> assertThat(sms).containsEntry("status", "sent"));
        assertThat(sentTo(CALLER)).isOne();
    }

    @Test
    void a_confirmation_whose_ticket_was_answered_overnight_is_superseded() {
        var ticket = wizardRequest();
        at(23, 0);
        staff.patch(ticket, Map.of("status", "SCHEDULED", "scheduled_at", TOMORROW_2_PM));

        sevenInTheMorning();

        assertThat(smsOf(ticket)).extracting(sms -> sms.get("purpose") + ":" + sms.get("status") + ":"
                + sms.get("superseded_reason"))
                .containsExactly("confirmation:superseded:ticket_answered", "appointment:sent:null");
        assertThat(supersededEvents(ticket)).singleElement().satisfies(event -> {
            assertThat(event).containsEntry("new_value", "confirmation");
            assertThat((Map<String, Object>) event.get("metadata")).containsEntry("reason", "ticket_answered");
        });
    }

    @Test
    void an_appointment_notice_for_a_job_done_overnight_is_superseded() {
        var ticket = scheduledAtQuarterPastTen();
        at(23, 30);
        staff.patch(ticket, Map.of("status", "DONE"));

        sevenInTheMorning();

        assertThat(smsOf(ticket)).filteredOn(sms -> "appointment".equals(sms.get("purpose"))).singleElement()
                .satisfies(sms -> assertThat(sms).containsEntry("status", "superseded")
                        .containsEntry("superseded_reason", "job_finished"));
        assertThat(sentTo(CALLER)).isZero();
    }

    @Test
    void an_appointment_notice_whose_appointment_moved_overnight_is_superseded_by_the_new_one() {
        var ticket = scheduledAtQuarterPastTen();
        at(23, 30);
        staff.patch(ticket, Map.of("scheduled_at", "2026-11-26T07:30:00Z"));

        sevenInTheMorning();

        assertThat(smsOf(ticket)).filteredOn(sms -> "appointment".equals(sms.get("purpose")))
                .extracting(sms -> sms.get("status") + ":" + sms.get("superseded_reason"))
                .containsExactly("superseded:appointment_changed", "sent:null");
        assertThat(rows.list("SELECT body FROM sms_log WHERE direction = 'outbound' AND ticket_id = ?",
                UUID.fromString(ticket))).extracting(row -> row.get("body"))
                .containsExactly("Ihr Termin bei Dörfler AG: Do 26.11. 08:30.");
    }

    @Test
    void an_appointment_notice_whose_appointment_was_cancelled_overnight_is_superseded() {
        var ticket = scheduledAtQuarterPastTen();
        at(23, 30);
        staff.patch(ticket, Map.of("status", "NEEDS_CALLBACK"));

        sevenInTheMorning();

        assertThat(smsOf(ticket)).filteredOn(sms -> "appointment".equals(sms.get("purpose"))).singleElement()
                .satisfies(sms -> assertThat(sms).containsEntry("superseded_reason", "appointment_changed"));
    }

    @Test
    void a_message_to_a_number_corrected_away_overnight_is_superseded() {
        var ticket = wizardRequest();
        at(23, 0);
        staff.patch(ticket, Map.of("contact_phone", "078 111 22 33"));

        sevenInTheMorning();

        assertThat(smsOf(ticket)).singleElement().satisfies(sms -> assertThat(sms)
                .containsEntry("to_number", CALLER).containsEntry("superseded_reason", "contact_changed"));
        assertThat(sentTo(CALLER)).isZero();
        assertThat(supersededEvents(ticket)).hasSize(1);
    }

    @Test
    void a_missed_call_sms_whose_caller_replied_overnight_is_superseded_and_the_reply_is_confirmed() {
        assertThat(missedCall().status()).isEqualTo(200);
        at(22, 40);
        reply("2");

        sevenInTheMorning();

        assertThat(missedCallSms()).containsEntry("status", "superseded")
                .containsEntry("superseded_reason", "caller_in_touch");
        assertThat(rows.list("SELECT body FROM sms_log WHERE direction = 'outbound' AND to_number = ? "
                + "AND customer_id = (SELECT id FROM customers WHERE slug = ?)", CALLER, slug))
                .extracting(row -> row.get("body").toString()).singleElement()
                .satisfies(body -> assertThat(body).startsWith("Rückruf ist notiert."));
    }

    @Test
    void a_missed_call_sms_whose_caller_wrote_through_the_wizard_overnight_is_superseded() {
        missedCall();
        at(22, 40);
        var ticket = wizardRequest();

        sevenInTheMorning();

        assertThat(missedCallSms()).containsEntry("superseded_reason", "caller_in_touch");
        assertThat(smsOf(ticket)).singleElement().satisfies(sms -> assertThat(sms).containsEntry("status", "sent"));
    }

    @Test
    void a_missed_call_sms_nobody_overtook_goes_out_at_seven() {
        missedCall();

        sevenInTheMorning();

        assertThat(missedCallSms()).containsEntry("status", "sent");
    }
}
