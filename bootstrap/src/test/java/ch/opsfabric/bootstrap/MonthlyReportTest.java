package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.AnonymiseIdleTicketsUseCase;
import ch.opsfabric.testsupport.MutableClock;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The monthly tenant report over a hand-built November 2026 for a Zurich business (issue 6 §1).
 * November in Zurich (UTC+1) runs from 2026-10-31T23:00Z to 2026-11-30T23:00Z. Each fixture
 * has a twin just outside that range — 31 Oct 23:30 Zurich is October, 1 Nov 00:30 Zurich is
 * November, 1 Dec 00:30 Zurich is December although it is still 30 November in UTC — and
 * another business's rows that must never count.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonthlyReportTest extends ServiceTest {

    private static final String P1 = "+41791110001";
    private static final String P2 = "+41791110002";
    private static final String P3 = "+41791110003";
    private static final String P4 = "+41791110004";
    private static final String P5 = "+41791110005";
    private static final String P6 = "+41791110006";
    private static final String P7 = "+41791110007";

    @Inject
    MutableClock clock;

    @Inject
    AnonymiseIdleTicketsUseCase anonymisation;

    private Api api;
    private String token;
    private String otherToken;
    private UUID business;
    private UUID other;
    private Map<String, Object> november;

    @Override
    public Map<String, String> getProperties() {
        return new HashMap<>(TestDatabase.freshDatabase());
    }

    private static Instant zurich(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, MutableClock.ZURICH).toInstant();
    }

    @BeforeAll
    void a_month_of_activity() {
        api = new Api(http);
        clock.set(ZonedDateTime.of(2026, 10, 1, 9, 0, 0, 0, MutableClock.ZURICH));
        var provisioned = api.provision(Map.of("name", "Dörfler AG", "slug", "report-doerfler", "email",
                "info@doerfler.example", "sms_number", "+41435009001", "canton", "zh"));
        business = UUID.fromString((String) provisioned.get("id"));
        token = (String) provisioned.get("staff_token");
        var otherProvisioned = api.provision(Map.of("name", "Andere GmbH", "slug", "report-andere", "email",
                "info@andere.example", "sms_number", "+41435009002"));
        other = UUID.fromString((String) otherProvisioned.get("id"));
        otherToken = (String) otherProvisioned.get("staff_token");

        wizardVisits();
        tickets();
        calls();
        missedCallSmsAndReplies();
        reviews();
        otherBusiness();
        november = report(token, "2026-11").body();
    }

    /**
     * Through the real endpoint, on the test's clock. November: 4 visits, 2 of them captured (their
     * wizard then submitted a request naming the visit; marked here as the intake marks it, see
     * {@link #a_wizard_request_naming_its_visit_makes_that_visit_captured}).
     */
    private void wizardVisits() {
        submitted(visitAt(zurich(10, 31, 23, 30)));   // October
        submitted(visitAt(zurich(11, 1, 0, 30)));     // November, though still 31 October in UTC
        visitAt(zurich(11, 15, 12, 0));               // November
        visitAt(zurich(11, 20, 8, 0));                // November
        submitted(visitAt(zurich(11, 30, 23, 30)));   // November, the last half hour; its request came in December
        submitted(visitAt(zurich(12, 1, 0, 30)));     // December, though still 30 November in UTC
    }

    private String visitAt(Instant at) {
        return visitAt(at, "report-doerfler");
    }

    private String visitAt(Instant at, String slug) {
        clock.set(at.atZone(MutableClock.ZURICH));
        var answer = api.send(HttpRequest.POST("/api/wizard/visit", Map.of("customer_slug", slug)));
        assertThat(answer.status()).isEqualTo(200);
        return (String) answer.body().get("visit_id");
    }

    private void submitted(String visitId) {
        rows.list("UPDATE wizard_visits SET submitted = true WHERE id = CAST(? AS uuid) RETURNING id", visitId);
    }

    private UUID t1;
    private UUID t2;
    private UUID t3;
    private UUID t4;
    private UUID t5;
    private UUID october;

    /**
     * November's six tickets (T1–T6) and the two at its edges. Confirmations (first response,
     * automatic) and staff status changes (first response, human; next step within 24 h):
     * <pre>
     *   T1 wizard      MED  confirmation +60 s   staff step +2 h  (7200 s)
     *   T2 wizard      HIGH confirmation +240 s  staff step +24 h (86400 s, still "within 24 h")   ref=missed_call
     *   T3 missed_call MED  confirmation +120 s  reply "2" at +0 s (the customer's, not counted), staff +30 h (108000 s)
     *   T4 sms_reply   LOW  only an appointment SMS (not a confirmation)
     *   T5 manual      MED  confirmation still pending (not sent)  staff step +10 h (36000 s)
     *   T6 wizard      MED  confirmation +180 s  phone P3 got the wizard link the day before
     * </pre>
     */
    private void tickets() {
        t1 = ticket(business, "wizard", "MED", zurich(11, 2, 9, 0), P1, "{}");
        confirmation(t1, zurich(11, 2, 9, 0).plusSeconds(60), "sent");
        statusChange(t1, "NEW", "SCHEDULED", zurich(11, 2, 11, 0), "{}");

        t2 = ticket(business, "wizard", "HIGH", zurich(11, 3, 10, 0), P5, "{\"ref\": \"missed_call\"}");
        confirmation(t2, zurich(11, 3, 10, 0).plusSeconds(240), "sent");
        statusChange(t2, "NEW", "IN_PROGRESS", zurich(11, 4, 10, 0), "{}");

        t3 = ticket(business, "missed_call", "MED", zurich(11, 5, 9, 0), P1, "{}");
        confirmation(t3, zurich(11, 5, 9, 0).plusSeconds(120), "sent");
        statusChange(t3, "NEW", "NEEDS_CALLBACK", zurich(11, 5, 9, 0), "{\"by\": \"customer_reply\"}");
        statusChange(t3, "NEEDS_CALLBACK", "SCHEDULED", zurich(11, 6, 15, 0), "{}");

        t4 = ticket(business, "sms_reply", "LOW", zurich(11, 10, 14, 0), P2, "{}");
        outboundSms(business, t4, "appointment", P2, zurich(11, 10, 14, 1), "sent");

        t5 = ticket(business, "manual", "MED", zurich(11, 20, 7, 0), P7, "{}");
        confirmation(t5, zurich(11, 20, 7, 0), "pending");
        statusChange(t5, "NEW", "IN_PROGRESS", zurich(11, 20, 17, 0), "{}");

        outboundSms(business, null, "wizard_link", P3, zurich(11, 24, 18, 0), "sent");
        var t6 = ticket(business, "wizard", "MED", zurich(11, 25, 8, 0), P3, "{}");
        confirmation(t6, zurich(11, 25, 8, 0).plusSeconds(180), "sent");

        // Just outside November in Zurich time: neither counts, whatever the UTC date says.
        october = ticket(business, "wizard", "HIGH", zurich(10, 31, 23, 30), P4, "{\"ref\": \"missed_call\"}");
        confirmation(october, zurich(10, 31, 23, 31), "sent");
        var december = ticket(business, "missed_call", "LOW", zurich(12, 1, 0, 30), P6, "{}");
        statusChange(december, "NEW", "SCHEDULED", zurich(12, 1, 1, 0), "{}");
    }

    /**
     * November: 6 inbound calls, 4 of them missed; 3 of those captured, i.e. the caller's number opened
     * or joined a ticket within 7 days after the call:
     * <pre>
     *   P1 11-05 08:50 → T3 (missed_call) opened 10 min later      captured
     *   P5 11-01 00:10 → T2 (wizard, ref=missed_call) on 11-03     captured
     *   P2 11-12 10:55 → its free-text reply joined T4 at 11:01    captured (T4 itself is older than the call)
     *   P3 11-30 23:59 → T6 is from 11-25, before the call; another business's ticket
     *                    from P3 on 1 December is not this business's  not captured
     * </pre>
     */
    private void calls() {
        call(business, P1, "missed", zurich(11, 5, 8, 50));
        call(business, P2, "missed", zurich(11, 12, 10, 55));
        event(business, t4, "dedupe_merged", "LOW", "LOW", zurich(11, 12, 11, 1), "{}");
        call(business, P5, "missed", zurich(11, 1, 0, 10));
        call(business, P3, "missed", zurich(11, 30, 23, 59));
        call(business, P7, "answered", zurich(11, 14, 9, 0));
        call(business, P7, "other", zurich(11, 18, 9, 0));
        call(business, P4, "missed", zurich(10, 31, 23, 50));   // October
        call(business, P4, "answered", zurich(12, 1, 0, 5));    // December
    }

    /**
     * Missed-call SMS sent in November: P1, P2, P6, P7 = 4 (a failed one and October's to P4 do not
     * count). Replies — the first inbound answer within 7 days after a missed-call SMS:
     * <pre>
     *   P1 "2" 10 min after its SMS             → reply, option 2
     *   P1 "1" an hour later                    → not the first answer: no reply
     *   P2 free text 5 min after its SMS        → reply, free text
     *   P2 "STOP" afterwards                    → opt-out, never a reply
     *   P4 "3" on 1 Nov, SMS on 31 Oct (Zurich) → reply, option 3 (the SMS is October's, the reply November's)
     *   P6 "1" 8 days after its SMS             → too late: no reply
     *   P5 "1" without any SMS                  → no reply
     *   P7 no answer
     * </pre>
     */
    private void missedCallSmsAndReplies() {
        outboundSms(business, null, "missed_call", P1, zurich(11, 5, 8, 51), "sent");
        outboundSms(business, null, "missed_call", P2, zurich(11, 12, 10, 56), "sent");
        outboundSms(business, null, "missed_call", P6, zurich(11, 2, 11, 0), "sent");
        outboundSms(business, null, "missed_call", P7, zurich(11, 28, 12, 0), "sent");
        outboundSms(business, null, "missed_call", P5, zurich(11, 28, 13, 0), "failed");
        outboundSms(business, null, "missed_call", P4, zurich(10, 31, 23, 0), "sent");

        inbound(business, P1, "option_2", zurich(11, 5, 9, 1));
        inbound(business, P1, "option_1", zurich(11, 5, 10, 1));
        inbound(business, P2, "free_text", zurich(11, 12, 11, 1));
        inbound(business, P2, "opt_out", zurich(11, 12, 11, 30));
        inbound(business, P4, "option_3", zurich(11, 1, 9, 0));
        inbound(business, P6, "option_1", zurich(11, 10, 11, 1));
        inbound(business, P5, "option_1", zurich(11, 29, 9, 0));
    }

    /**
     * Review requests are counted when sent, clicks when clicked, whichever month the ticket is from:
     * requests T1, T3 and October's ticket = 3 (T5's on 1 Dec 00:30 Zurich is December's);
     * clicks T1 and October's ticket = 2 (T3's click is December's).
     */
    private void reviews() {
        reviewRequested(t1, zurich(11, 10, 12, 0));
        reviewRequested(t3, zurich(11, 20, 12, 0));
        reviewRequested(october, zurich(11, 3, 12, 0));
        reviewRequested(t5, zurich(12, 1, 0, 30));
        event(business, t1, "review_clicked", null, null, zurich(11, 10, 13, 0), "{}");
        event(business, october, "review_clicked", null, null, zurich(11, 30, 23, 59), "{}");
        event(business, t3, "review_clicked", null, null, zurich(12, 1, 0, 10), "{}");
    }

    /** Another business, busy in the same November; none of it may reach Dörfler's report. */
    private void otherBusiness() {
        var ticket = ticket(other, "missed_call", "HIGH", zurich(11, 5, 9, 0), P1, "{\"ref\": \"missed_call\"}");
        outboundSms(other, ticket, "confirmation", P1, zurich(11, 5, 9, 1), "sent");
        event(other, ticket, "status_changed", "NEW", "DONE", zurich(11, 5, 10, 0), "{}");
        outboundSms(other, null, "missed_call", P1, zurich(11, 5, 8, 0), "sent");
        inbound(other, P1, "option_1", zurich(11, 5, 8, 30));
        call(other, P1, "missed", zurich(11, 5, 7, 59));
        ticket(other, "manual", "MED", zurich(12, 1, 9, 0), P3, "{}");
        rows.execute("UPDATE tickets SET review_request_sent_at = '2026-11-10T10:00:00Z' WHERE id = '" + ticket + "'");
        event(other, ticket, "review_clicked", null, null, zurich(11, 11, 9, 0), "{}");
        visitAt(zurich(11, 5, 9, 0), "report-andere");
    }

    @Test
    void tickets_are_counted_in_the_businesss_month_by_source_and_urgency() {
        // T1–T6; October's 31 Oct 23:30 and December's 1 Dec 00:30 (Zurich) stay out
        assertThat(november).containsEntry("month", "2026-11").containsEntry("timezone", "Europe/Zurich")
                .containsEntry("from", "2026-10-31T23:00:00Z").containsEntry("to", "2026-11-30T23:00:00Z");
        assertThat(november.get("tickets")).isEqualTo(Map.of("total", 6,
                "by_source", Map.of("wizard", 3, "missed_call", 1, "sms_reply", 1, "whatsapp", 0, "email", 0,
                        "manual", 1),
                "by_urgency", Map.of("LOW", 1, "MED", 4, "HIGH", 1)));
    }

    @Test
    void the_captured_rate_divides_the_visits_and_missed_calls_that_led_to_a_request_by_all_of_them() {
        // (2 captured visits + 3 captured missed calls) ÷ (4 wizard visits + 4 missed calls) = 5 ÷ 8 = 0.625
        assertThat(november).containsEntry("wizard_visits", 4)
                .containsEntry("captured", Map.of("wizard_visits", 2, "missed_calls", 3))
                .containsEntry("captured_rate", 0.625);
    }

    @Test
    void a_month_without_wizard_visits_has_a_captured_rate_of_at_most_one() {
        // September: four tickets from other sources, no visit, two missed calls of which one led to a ticket.
        // Tickets ÷ (visits + missed calls) would have been 4 ÷ 2 = 2.0.
        call(business, P4, "missed", zurich(9, 10, 10, 0));
        ticket(business, "missed_call", "MED", zurich(9, 10, 10, 5), P4, "{}");
        call(business, P7, "missed", zurich(9, 20, 18, 0));
        ticket(business, "sms_reply", "LOW", zurich(9, 2, 9, 0), P1, "{}");
        ticket(business, "manual", "MED", zurich(9, 15, 9, 0), P2, "{}");
        ticket(business, "email", "MED", zurich(9, 25, 9, 0), P3, "{}");

        var september = report(token, "2026-09").body();

        assertThat(((Map<?, ?>) september.get("tickets")).get("total")).isEqualTo(4);
        assertThat(september).containsEntry("wizard_visits", 0)
                .containsEntry("captured", Map.of("wizard_visits", 0, "missed_calls", 1))
                .containsEntry("captured_rate", 0.5);
        assertThat(((Number) september.get("captured_rate")).doubleValue()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void a_wizard_request_naming_its_visit_makes_that_visit_captured() {
        // August: two visits, one followed by a request that names it; the other business's visit named in
        // this business's request stays theirs and uncaptured.
        var followed = visitAt(zurich(8, 12, 10, 0));
        visitAt(zurich(8, 12, 11, 0));
        var theirs = visitAt(zurich(8, 12, 12, 0), "report-andere");
        clock.set(ZonedDateTime.of(2026, 8, 12, 10, 5, 0, 0, MutableClock.ZURICH));
        for (var visit : new String[] {followed, theirs}) {
            var submitted = api.send(HttpRequest.POST("/api/ticket", Map.of("customer_slug", "report-doerfler",
                    "source", "wizard", "contact_name", "Vera Graf", "contact_phone", "079 222 33 44",
                    "summary", "Boiler tropft", "consent", true, "visit_id", visit)));
            assertThat(submitted.status()).isIn(200, 201);
        }

        var august = report(token, "2026-08").body();
        var theirAugust = report(otherToken, "2026-08").body();

        assertThat(august).containsEntry("wizard_visits", 2)
                .containsEntry("captured", Map.of("wizard_visits", 1, "missed_calls", 0))
                .containsEntry("captured_rate", 0.5);
        assertThat(theirAugust).containsEntry("wizard_visits", 1)
                .containsEntry("captured", Map.of("wizard_visits", 0, "missed_calls", 0))
                .containsEntry("captured_rate", 0.0);
    }

    @Test
    void first_responses_are_averaged_over_the_tickets_that_had_one() {
        // automatic: (60 + 240 + 120 + 180) ÷ 4 = 150 s; T4 had no confirmation, T5's is still pending
        // human: (7200 + 86400 + 108000 + 36000) ÷ 4 = 237600 ÷ 4 = 59400 s; reply "2" on T3 is the customer's
        assertThat(november.get("first_response")).isEqualTo(Map.of("automatic_seconds", 150.0,
                "human_seconds", 59400.0));
    }

    @Test
    void the_next_step_rate_counts_staff_steps_within_24_hours_of_creation() {
        // T1 (+2 h), T2 (+24 h exactly), T5 (+10 h) = 3 of 6 tickets = 0.5; T3's staff step came after 30 h
        assertThat(november).containsEntry("next_step_24h_rate", 0.5);
    }

    @Test
    void review_requests_and_clicks_are_counted_in_the_month_they_happened() {
        // requests 3 (T1, T3, October's ticket), clicks 2 (T1, October's ticket): 2 ÷ 3 = 0.6667
        assertThat(november.get("reviews")).isEqualTo(Map.of("requests", 3, "clicks", 2, "conversion", 0.6667));
    }

    @Test
    void inbound_and_missed_calls_give_the_missed_call_rate() {
        // 4 missed of 6 inbound = 0.6667; 31 Oct 23:50 and 1 Dec 00:05 (Zurich) stay out
        assertThat(november.get("calls")).isEqualTo(Map.of("inbound", 6, "missed", 4, "missed_rate", 0.6667));
    }

    @Test
    void replies_are_first_answers_within_seven_days_of_a_missed_call_sms() {
        // sent 4 (P1, P2, P6, P7); replies 3 (P1 "2", P2 free text, P4 "3"): 3 ÷ 4 = 0.75
        assertThat(november.get("missed_call_sms")).isEqualTo(Map.of("sent", 4, "replies", 3, "reply_rate", 0.75,
                "replies_by_option", Map.of("1", 0, "2", 1, "3", 1, "free_text", 1)));
    }

    @Test
    void recovery_counts_missed_call_tickets_and_wizard_submissions_that_followed_a_missed_call() {
        // via wizard: T2 (ref=missed_call) and T6 (wizard link to P3 the day before) = 2
        // from missed calls: 1 missed_call ticket (T3) + 2 = 3; recovery 3 ÷ 4 missed calls = 0.75
        assertThat(november).containsEntry("wizard_submissions_via_missed_call", 2)
                .containsEntry("tickets_from_missed_calls", 3).containsEntry("recovery_rate", 0.75);
    }

    @Test
    void another_business_sees_only_its_own_month() {
        // Andere GmbH: 1 ticket, 1 visit, 1 missed call; its reply "1" came 30 min after its SMS
        var theirs = report(otherToken, "2026-11").body();

        assertThat(((Map<?, ?>) theirs.get("tickets")).get("total")).isEqualTo(1);
        assertThat(theirs).containsEntry("wizard_visits", 1)
                .containsEntry("captured", Map.of("wizard_visits", 0, "missed_calls", 1))
                .containsEntry("captured_rate", 0.5)
                .containsEntry("wizard_submissions_via_missed_call", 0).containsEntry("recovery_rate", 1.0);
        assertThat(theirs.get("missed_call_sms")).isEqualTo(Map.of("sent", 1, "replies", 1, "reply_rate", 1.0,
                "replies_by_option", Map.of("1", 1, "2", 0, "3", 0, "free_text", 0)));
    }

    @Test
    void a_month_without_activity_has_zero_counts_and_null_rates() {
        var empty = report(token, "2025-02").body();

        assertThat(((Map<?, ?>) empty.get("tickets")).get("total")).isEqualTo(0);
        assertThat(empty).containsEntry("captured_rate", null).containsEntry("next_step_24h_rate", null)
                .containsEntry("recovery_rate", null);
        assertThat(empty.get("first_response")).isEqualTo(mapWithNulls("automatic_seconds", "human_seconds"));
        assertThat(((Map<?, ?>) empty.get("reviews")).get("conversion")).isNull();
        assertThat(((Map<?, ?>) empty.get("calls")).get("missed_rate")).isNull();
        assertThat(((Map<?, ?>) empty.get("missed_call_sms")).get("reply_rate")).isNull();
    }

    @Test
    void the_report_needs_a_staff_token() {
        assertThat(api.send(HttpRequest.GET("/api/reports/monthly?month=2026-11")).status()).isEqualTo(401);
        assertThat(report("not-a-token", "2026-11").status()).isEqualTo(401);
    }

    @Test
    void a_missing_or_malformed_month_is_refused_naming_month() {
        for (var month : new String[] {"2026-13", "2026-1", "November", ""}) {
            var answer = report(token, month);
            assertThat(answer.status()).as(month).isEqualTo(422);
            assertThat(answer.body()).as(month).containsEntry("field", "month");
        }
        var missing = api.send(HttpRequest.GET("/api/reports/monthly").bearerAuth(token));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).containsEntry("field", "month");
    }

    @Test
    void a_visit_to_an_unknown_business_is_404_and_a_visit_without_slug_422() {
        assertThat(api.send(HttpRequest.POST("/api/wizard/visit", Map.of("customer_slug", "nobody"))).status())
                .isEqualTo(404);
        var noSlug = api.send(HttpRequest.POST("/api/wizard/visit", Map.of("page", "start")));
        assertThat(noSlug.status()).isEqualTo(422);
        assertThat(noSlug.body()).containsEntry("field", "customer_slug");
    }

    private static Map<String, Object> mapWithNulls(String... keys) {
        var map = new HashMap<String, Object>();
        for (var key : keys) {
            map.put(key, null);
        }
        return map;
    }

    private Api.Answer report(String staffToken, String month) {
        return api.send(HttpRequest.GET("/api/reports/monthly?month=" + month).bearerAuth(staffToken));
    }

    private UUID ticket(UUID customer, String source, String urgency, Instant createdAt, String phone, String metadata) {
        var id = UUID.randomUUID();
        rows.list("""
                INSERT INTO tickets (id, customer_id, source, status, urgency, contact_phone, metadata, created_at,
                    updated_at) VALUES (?, ?, ?, 'NEW', ?, ?, CAST(? AS jsonb), ?, ?) RETURNING id""",
                id, customer, source, urgency, phone, metadata, ts(createdAt), ts(createdAt));
        event(customer, id, "created", null, "NEW", createdAt, "{}");
        return id;
    }

    /**
     * Privacy (issue 15 §4): 26 months on, the month's tickets, calls, SMS and queued SMS have lost every number and
     * text, and the report of the month, whose replies, captured calls and recovered wizard tickets are joined by
     * number, still gives the same figures. Last, as it erases what the other tests read.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void the_report_of_a_month_gives_the_same_figures_after_its_rows_are_anonymised() {
        var before = report(token, "2026-11").body();
        var theirsBefore = report(otherToken, "2026-11").body();
        clock.set(ZonedDateTime.of(2029, 1, 15, 3, 30, 0, 0, MutableClock.ZURICH));

        var done = anonymisation.anonymiseIdle();

        assertThat(done.tickets()).isPositive();
        assertThat(done.rowsWithoutTicket()).isPositive();
        assertThat(rows.list("SELECT call_sid FROM calls WHERE from_number <> '' OR caller_e164 IS NOT NULL"))
                .isEmpty();
        assertThat(rows.list("SELECT id FROM sms_log WHERE from_number LIKE '+4179%' OR body IS NOT NULL")).isEmpty();
        assertThat(rows.list("SELECT id FROM outbound_sms WHERE to_number <> '' AND status <> 'pending'")).isEmpty();
        assertThat(report(token, "2026-11").body()).isEqualTo(before);
        assertThat(report(otherToken, "2026-11").body()).isEqualTo(theirsBefore);
        assertThat(before).containsEntry("calls", Map.of("inbound", 6, "missed", 4, "missed_rate", 0.6667))
                .containsEntry("captured", Map.of("wizard_visits", 2, "missed_calls", 3));
    }

    private void statusChange(UUID ticket, String from, String to, Instant at, String metadata) {
        event(business, ticket, "status_changed", from, to, at, metadata);
    }

    private void event(UUID customer, UUID ticket, String type, String oldValue, String newValue, Instant at,
                       String metadata) {
        rows.list("""
                INSERT INTO ticket_events (id, customer_id, ticket_id, event_type, old_value, new_value, metadata,
                    created_at) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?) RETURNING id""",
                UUID.randomUUID(), customer, ticket, type, oldValue, newValue, metadata, ts(at));
    }

    private void confirmation(UUID ticket, Instant sentAt, String status) {
        outboundSms(business, ticket, "confirmation", P1, sentAt, status);
    }

    /** A queued SMS; created a minute before it was due and sent (or not) then. */
    private void outboundSms(UUID customer, UUID ticket, String purpose, String to, Instant at, String status) {
        rows.list("""
                INSERT INTO outbound_sms (id, customer_id, ticket_id, purpose, to_number, body, created_at, due_at,
                    status, sent_at) VALUES (?, ?, ?, ?, ?, 'text', ?, ?, ?, ?) RETURNING id""",
                UUID.randomUUID(), customer, ticket, purpose, to, ts(at.minus(Duration.ofMinutes(1))), ts(at),
                status, "sent".equals(status) ? ts(at) : null);
    }

    private void inbound(UUID customer, String from, String kind, Instant at) {
        rows.list("""
                INSERT INTO sms_log (id, customer_id, direction, from_number, to_number, body, provider_id, status,
                    created_at, reply_kind) VALUES (?, ?, 'inbound', ?, '+41435009001', 'text', ?, 'received', ?, ?)
                RETURNING id""", UUID.randomUUID(), customer, from, "SM" + UUID.randomUUID(), ts(at), kind);
    }

    private void call(UUID customer, String caller, String outcome, Instant at) {
        rows.list("""
                INSERT INTO calls (call_sid, customer_id, from_number, caller_e164, to_number, outcome, created_at,
                    updated_at) VALUES (?, ?, ?, ?, '+41435009001', ?, ?, ?)
                RETURNING call_sid""", "CA" + UUID.randomUUID(), customer, caller, caller, outcome, ts(at), ts(at));
    }

    private void reviewRequested(UUID ticket, Instant at) {
        rows.list("UPDATE tickets SET review_request_sent_at = ? WHERE id = ? RETURNING id", ts(at), ticket);
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
