package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import ch.opsfabric.testsupport.MutableClock;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Missed-call recovery over real HTTP and PostgreSQL, on a clock the test advances (docs/domain-rules.md,
 * Missed-call recovery, Replies).
 */
@MicronautTest(transactional = false)
class MissedCallRecoveryTest extends ServiceTest {

    private static final AtomicInteger NUMBERS = new AtomicInteger();
    private static final String CALLER = "+41791234567";

    @Inject
    MutableClock clock;

    @Inject
    DispatchDueSmsUseCase dispatcher;

    private Api api;
    private String businessNumber;
    private String slug;
    private int sids;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("app.base-url", "https://ops.example");
        return properties;
    }

    @BeforeEach
    void business() {
        api = new Api(http);
        clock.set(TestClockFactory.START);
        rows.execute("UPDATE outbound_sms SET status = 'cancelled' WHERE status IN ('pending', 'sending')");
        var n = NUMBERS.incrementAndGet();
        businessNumber = "+4143500%04d".formatted(n);
        slug = "sanitaer-" + n;
        api.provision(Map.of("name", "Dörfler AG", "slug", slug, "email", "info@doerfler.example",
                "phone", "044 443 52 00", "sms_number", businessNumber, "canton", "zh"));
    }

    private Api.TextAnswer missedCall(String from) {
        return api.sendForText(Telephony.form("/api/webhook/missed-call",
                Telephony.call("CA" + businessNumber + "-" + (++sids), from, businessNumber, "no-answer")));
    }

    private Api.TextAnswer reply(String body) {
        return api.sendForText(Telephony.form("/api/webhook/sms-reply",
                Telephony.sms("SM" + businessNumber + "-" + (++sids), CALLER, businessNumber, body)));
    }

    private String lastDecision() {
        return (String) rows.one("SELECT decision FROM calls WHERE to_number = ? ORDER BY created_at DESC, "
                + "updated_at DESC LIMIT 1", businessNumber).get("decision");
    }

    private long missedCallSmsQueued() {
        return rows.count("SELECT count(*) FROM outbound_sms WHERE to_number = ? AND purpose = 'missed_call' "
                + "AND status <> 'cancelled' AND customer_id = (SELECT id FROM customers WHERE slug = ?)", CALLER, slug);
    }

    @Test
    void a_missed_call_is_answered_by_sms_after_the_delay_and_the_replies_become_one_ticket() {
        var answer = missedCall(CALLER);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>");
        clock.advance(Duration.ofSeconds(44));
        assertThat(dispatcher.dispatchDue()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        var sent = rows.one("SELECT body FROM sms_log WHERE to_number = ? AND direction = 'outbound' "
                + "AND customer_id = (SELECT id FROM customers WHERE slug = ?)", CALLER, slug);
        assertThat((String) sent.get("body")).startsWith("Danke für Ihren Anruf bei Dörfler AG.")
                .contains("2 = Rückruf gewünscht").endsWith("044 443 52 00");

        clock.advance(Duration.ofMinutes(3));
        reply("2");
        var ticket = rows.one("SELECT id, status, urgency, source FROM tickets WHERE contact_phone = ? "
                + "AND customer_id = (SELECT id FROM customers WHERE slug = ?)", CALLER, slug);
        assertThat(ticket).containsEntry("status", "NEEDS_CALLBACK").containsEntry("urgency", "MED")
                .containsEntry("source", "missed_call");
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat((String) rows.one("SELECT body FROM sms_log WHERE ticket_id = ? AND direction = 'outbound'",
                ticket.get("id")).get("body"))
                .isEqualTo("Rückruf ist notiert. Dörfler AG ruft Sie bis heute 12:03 zurück.");

        clock.advance(Duration.ofHours(1));
        reply("1");
        assertThat(rows.one("SELECT status, urgency FROM tickets WHERE id = ?", ticket.get("id")))
                .containsEntry("status", "NEEDS_CALLBACK").containsEntry("urgency", "HIGH");
        assertThat(rows.count("SELECT count(*) FROM tickets WHERE contact_phone = ? AND customer_id = "
                + "(SELECT id FROM customers WHERE slug = ?)", CALLER, slug)).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(rows.count("SELECT count(*) FROM sms_log WHERE ticket_id = ? AND direction = 'inbound' "
                + "AND status = 'received'", ticket.get("id"))).isEqualTo(2);
        assertThat(rows.count("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND event_type = 'sms_received'",
                ticket.get("id"))).isEqualTo(2);
    }

    @Test
    void a_withheld_caller_gets_no_sms_and_the_reason_is_recorded() {
        assertThat(missedCall("anonymous").status()).isEqualTo(200);

        assertThat(lastDecision()).isEqualTo("skipped: withheld");
    }

    @Test
    void a_withheld_caller_in_keypad_digits_gets_no_sms() {
        missedCall("+266696687");

        assertThat(lastDecision()).isEqualTo("skipped: withheld");
    }

    @Test
    void a_landline_caller_gets_no_sms() {
        missedCall("+41444435299");

        assertThat(lastDecision()).isEqualTo("skipped: cannot_receive_sms");
    }

    @Test
    void a_second_missed_call_within_15_minutes_sends_no_second_sms() {
        missedCall(CALLER);
        clock.advance(Duration.ofMinutes(14));

        missedCall(CALLER);

        assertThat(lastDecision()).isEqualTo("skipped: recently_texted");
        assertThat(missedCallSmsQueued()).isEqualTo(1);
    }

    @Test
    void the_daily_limit_of_three_missed_call_sms_per_number_holds() {
        for (int call = 0; call < 4; call++) {
            missedCall(CALLER);
            clock.advance(Duration.ofMinutes(20));
        }

        assertThat(lastDecision()).isEqualTo("skipped: daily_limit_reached");
        assertThat(missedCallSmsQueued()).isEqualTo(3);
    }

    @Test
    void more_than_five_missed_calls_in_a_day_blocklist_the_number_for_seven_days() {
        for (int call = 0; call < 6; call++) {
            missedCall(CALLER);
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(lastDecision()).isEqualTo("skipped: blocklisted");
        var sixthCall = TestClockFactory.START.toOffsetDateTime().plus(Duration.ofMinutes(5));
        assertThat(rows.count("SELECT count(*) FROM blocklist WHERE phone = ? AND blocked_until = ? AND customer_id = "
                + "(SELECT id FROM customers WHERE slug = ?)", CALLER, sixthCall.plusDays(7), slug)).isEqualTo(1);
        clock.advance(Duration.ofDays(1));
        missedCall(CALLER);
        assertThat(lastDecision()).isEqualTo("skipped: blocklisted");
    }

    @Test
    void an_operator_can_lift_a_block() {
        for (int call = 0; call < 6; call++) {
            missedCall(CALLER);
        }
        var id = rows.one("SELECT id FROM customers WHERE slug = ?", slug).get("id");

        var lifted = api.send(HttpRequest.DELETE("/api/admin/customers/" + id + "/blocklist/079%20123%2045%2067")
                .bearerAuth(Api.ADMIN_TOKEN));

        assertThat(lifted.status()).isEqualTo(204);
        clock.advance(Duration.ofDays(1));
        missedCall(CALLER);
        assertThat(lastDecision()).isEqualTo("sms_queued");
        assertThat(api.send(HttpRequest.DELETE("/api/admin/customers/" + id + "/blocklist/079%20123%2045%2067")
                .bearerAuth(Api.ADMIN_TOKEN)).status()).isEqualTo(404);
    }

    @Test
    void an_opted_out_caller_gets_no_sms_until_start() {
        reply("STOP");
        reply("stop");
        assertThat(rows.count("SELECT count(*) FROM outbound_sms WHERE to_number = ? AND purpose = 'opt_out_confirmation'"
                + " AND customer_id = (SELECT id FROM customers WHERE slug = ?)", CALLER, slug)).isEqualTo(1);

        missedCall(CALLER);
        assertThat(lastDecision()).isEqualTo("skipped: opted_out");

        reply("START");
        clock.advance(Duration.ofMinutes(1));
        missedCall(CALLER);
        assertThat(lastDecision()).isEqualTo("sms_queued");
    }

    @Test
    void with_the_missed_call_module_off_calls_are_recorded_but_no_sms_goes_out() {
        var id = rows.one("SELECT id FROM customers WHERE slug = ?", slug).get("id");
        api.send(HttpRequest.PATCH("/api/admin/customers/" + id, Map.of("modules", Map.of("missed_call", false)))
                .bearerAuth(Api.ADMIN_TOKEN));

        missedCall(CALLER);

        assertThat(lastDecision()).isEqualTo("skipped: module_off");
        assertThat(rows.count("SELECT count(*) FROM calls WHERE to_number = ?", businessNumber)).isEqualTo(1);
    }

    @Test
    void a_missed_call_in_quiet_hours_is_answered_when_they_end() {
        clock.setZurich(2026, 11, 24, 22, 30);

        missedCall(CALLER);

        clock.setZurich(2026, 11, 25, 6, 59);
        assertThat(dispatcher.dispatchDue()).isZero();
        clock.setZurich(2026, 11, 25, 7, 0);
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
    }

    @Test
    void a_missed_call_sms_is_not_urgent_so_its_retries_wait_out_quiet_hours_too() {
        missedCall(CALLER);

        assertThat(rows.one("SELECT urgent FROM outbound_sms WHERE to_number = ? AND purpose = 'missed_call' "
                + "AND customer_id = (SELECT id FROM customers WHERE slug = ?)", CALLER, slug))
                .containsEntry("urgent", false);
    }

    @Test
    void a_missed_call_on_saturday_gets_the_weekend_text() {
        clock.setZurich(2026, 11, 28, 10, 0);

        missedCall(CALLER);

        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        assertThat((String) rows.one("SELECT body FROM sms_log WHERE to_number = ? AND direction = 'outbound' "
                + "AND customer_id = (SELECT id FROM customers WHERE slug = ?)", CALLER, slug).get("body"))
                .contains("Wir sind ab Montag wieder für Sie da.");
    }

    @Test
    void an_answered_call_withdraws_the_waiting_missed_call_sms() {
        missedCall(CALLER);
        clock.advance(Duration.ofSeconds(20));

        api.sendForText(Telephony.form("/api/webhook/missed-call",
                Telephony.call("CA-answered-" + businessNumber, CALLER, businessNumber, "completed")));

        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(rows.one("SELECT outcome FROM calls WHERE call_sid = ?", "CA-answered-" + businessNumber))
                .containsEntry("outcome", "answered");
    }

    @Test
    void the_same_call_delivered_twice_changes_nothing() {
        var delivery = Telephony.call("CA-twice-" + businessNumber, CALLER, businessNumber, "no-answer");
        api.sendForText(Telephony.form("/api/webhook/missed-call", delivery));

        var second = api.sendForText(Telephony.form("/api/webhook/missed-call", delivery));

        assertThat(second.status()).isEqualTo(200);
        assertThat(rows.count("SELECT count(*) FROM calls WHERE call_sid = ?", "CA-twice-" + businessNumber))
                .isEqualTo(1);
        assertThat(missedCallSmsQueued()).isEqualTo(1);
    }

    @Test
    void the_parent_call_completing_after_an_unanswered_dial_is_still_a_missed_call() {
        var sid = "CA-parent-" + businessNumber;
        api.sendForText(Telephony.form("/api/webhook/missed-call", Telephony.call(sid, CALLER, businessNumber, "no-answer")));
        var statusCallback = new HashMap<>(Telephony.call(sid, CALLER, businessNumber, "no-answer"));
        statusCallback.remove("DialCallStatus");

        api.sendForText(Telephony.form("/api/webhook/missed-call", statusCallback));

        assertThat(rows.one("SELECT outcome FROM calls WHERE call_sid = ?", sid)).containsEntry("outcome", "missed");
        assertThat(missedCallSmsQueued()).isEqualTo(1);
    }

    @Test
    void a_call_to_an_unknown_number_is_answered_404_and_nothing_is_stored() {
        var before = rows.allRows() + rows.count("SELECT count(*) FROM calls");

        var answer = api.sendForText(Telephony.form("/api/webhook/missed-call",
                Telephony.call("CA-unknown", CALLER, "+41439999999", "no-answer")));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(rows.allRows() + rows.count("SELECT count(*) FROM calls")).isEqualTo(before);
    }

    @Test
    void reply_3_sends_the_wizard_link_and_opens_no_ticket() {
        reply("3");

        assertThat(rows.count("SELECT count(*) FROM tickets WHERE customer_id = (SELECT id FROM customers WHERE slug = ?)",
                slug)).isZero();
        assertThat((String) rows.one("SELECT body FROM outbound_sms WHERE purpose = 'wizard_link' AND to_number = ? "
                + "AND customer_id = (SELECT id FROM customers WHERE slug = ?)", CALLER, slug).get("body"))
                .isEqualTo("Hier können Sie Ihre Anfrage mit Foto senden: https://ops.example/" + slug
                        + "/anfrage?ref=missed_call&phone=%2B41791234567");
    }

    @Test
    void free_text_becomes_a_ticket_with_the_text_as_summary() {
        reply("Die Heizung im Keller ist ausgefallen");

        assertThat(rows.one("SELECT status, urgency, source, summary FROM tickets WHERE customer_id = "
                + "(SELECT id FROM customers WHERE slug = ?)", slug))
                .containsEntry("status", "NEW").containsEntry("urgency", "MED").containsEntry("source", "sms_reply")
                .containsEntry("summary", "Die Heizung im Keller ist ausgefallen");
    }

    @Test
    void the_same_sms_delivered_twice_is_handled_once() {
        var delivery = Telephony.sms("SM-twice-" + businessNumber, CALLER, businessNumber, "1");
        api.sendForText(Telephony.form("/api/webhook/sms-reply", delivery));

        api.sendForText(Telephony.form("/api/webhook/sms-reply", delivery));

        assertThat(rows.count("SELECT count(*) FROM sms_log WHERE provider_id = ?", "SM-twice-" + businessNumber))
                .isEqualTo(1);
        assertThat(rows.count("SELECT count(*) FROM outbound_sms WHERE to_number = ? AND customer_id = "
                + "(SELECT id FROM customers WHERE slug = ?)", CALLER, slug)).isEqualTo(1);
    }

    @Test
    void a_missed_call_as_json_is_accepted_for_testing() {
        var answer = api.sendForText(HttpRequest.POST("/api/webhook/missed-call",
                Telephony.call("CA-json-" + businessNumber, CALLER, businessNumber, "busy")));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(lastDecision()).isEqualTo("sms_queued");
    }
}
