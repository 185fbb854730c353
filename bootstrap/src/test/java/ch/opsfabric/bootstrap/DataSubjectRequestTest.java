package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/privacy.md, Data-subject requests, over real HTTP and PostgreSQL: a caller leaves a footprint in every
 * table (missed call, the SMS it brings, a reply, a wizard request, a staff correction, an opt-out), the
 * operator reads it, erases it, and reads again. Another business holds the same number and keeps all of it.
 */
@MicronautTest(transactional = false)
class DataSubjectRequestTest extends ServiceTest {

    private static final String PHONE = "+41795551234";
    private static final String EMAIL = "Erika.Beispiel@example.ch";
    private static final List<String> PERSONAL = List.of("Erika", "Beispiel", "79555", "555 12 34", "erika.beispiel",
            "Rohrbruch", "8004", "Keller");
    /** A row as text without its ids: a random UUID may happen to contain "8004" or "79555". */
    private static final String WITHOUT_IDS =
            "regexp_replace(x::text, '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', '', 'g')";
    private static final List<String> TABLES = List.of("tickets", "ticket_events", "sms_log", "calls",
            "outbound_sms", "outbound_email", "sms_opt_outs", "blocklist", "undeliverable_numbers");

    @Inject
    MutableClock clock;

    @Inject
    DispatchDueSmsUseCase dispatcher;

    @Inject
    JsonMapper json;

    private Api api;
    private UUID business;
    private UUID other;
    private String staffToken;
    private UUID mistyped;
    private Map<String, Object> before;
    private Api.Answer byEmail;
    private Api.Answer erased;
    private Map<String, Object> after;
    private Map<String, Object> reportBefore;
    private Map<String, Object> reportAfter;
    private List<Map<String, Object>> otherRowsBefore;
    private int sids;

    @BeforeAll
    void aPersonsFootprintReadErasedAndReadAgain() {
        api = new Api(http);
        clock.set(TestClockFactory.START);
        var provisioned = api.provision(Map.of("name", "Dörfler AG", "slug", "dsr-doerfler", "email",
                "info@doerfler.example", "sms_number", "+41435007001", "canton", "zh"));
        business = UUID.fromString((String) provisioned.get("id"));
        staffToken = (String) provisioned.get("staff_token");
        other = UUID.fromString((String) api.provision(Map.of("name", "Brunner GmbH", "slug", "dsr-brunner",
                "email", "info@brunner.example", "sms_number", "+41435007002")).get("id"));

        // The day before, staff typed her number into another customer's ticket by mistake and put it right.
        clock.set(TestClockFactory.START.minusDays(1));
        var staff = new StaffApi(api, staffToken);
        mistyped = UUID.fromString(staff.newTicket("Hans Anders", "079 666 99 99", "Heizung aus"));
        assertThat(staff.patch(mistyped, Map.of("contact_phone", "079 555 12 34")).status()).isEqualTo(200);
        assertThat(staff.patch(mistyped, Map.of("contact_phone", "079 666 99 99")).status()).isEqualTo(200);
        clock.set(TestClockFactory.START);

        footprint("+41435007001", "dsr-doerfler");
        footprint("+41435007002", "dsr-brunner");
        var ticket = rows.one("SELECT id FROM tickets WHERE customer_id = ? AND contact_phone = ?", business, PHONE)
                .get("id");
        assertThat(staff.patch(ticket, Map.of("contact_name", "Erika Beispiel-Keller",
                "summary", "Rohrbruch im Keller")).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(5));
        reply("+41435007001", "STOP");
        // Blocks and undeliverable marks come from provider answers and call floods; written as the owner here.
        for (var tenant : List.of(business, other)) {
            rows.list("INSERT INTO blocklist (customer_id, phone, blocked_until, reason) VALUES (?, ?, "
                    + "now() + interval '1 day', 'too many missed calls') RETURNING phone", tenant, PHONE);
            rows.list("INSERT INTO undeliverable_numbers (customer_id, phone, reason, marked_at) "
                    + "VALUES (?, ?, 'landline', now()) RETURNING phone", tenant, PHONE);
        }

        otherRowsBefore = everyRowOf(other);
        reportBefore = report();
        before = request("GET", "phone", "079 555 12 34").body();
        byEmail = request("GET", "email", EMAIL.toUpperCase(Locale.ROOT));
        erased = request("DELETE", "phone", "0041 79 555 12 34");
        after = request("GET", "phone", PHONE).body();
        reportAfter = report();
    }

    /** A missed call, its SMS, a reply "2" that opens a ticket, and a wizard request of the same person. */
    private void footprint(String businessNumber, String slug) {
        api.sendForText(Telephony.form("/api/webhook/missed-call",
                Telephony.call("CA-dsr-" + (++sids), "079 555 12 34", businessNumber, "no-answer")));
        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        clock.advance(Duration.ofMinutes(2));
        reply(businessNumber, "2");
        dispatcher.dispatchDue();
        var wizard = Api.wizardPost(slug);
        wizard.put("contact_name", "Erika Beispiel");
        wizard.put("contact_phone", "+41 (0)79 555 12 34");
        wizard.put("contact_email", EMAIL);
        wizard.put("summary", "Rohrbruch, Wasser im Keller");
        wizard.put("metadata", Map.of("plz", "8004"));
        assertThat(api.postTicket(wizard).status()).isBetween(200, 201);
        dispatcher.dispatchDue();
    }

    private void reply(String businessNumber, String body) {
        api.sendForText(Telephony.form("/api/webhook/sms-reply",
                Telephony.sms("SM-dsr-" + (++sids), PHONE, businessNumber, body)));
    }

    private Api.Answer request(String method, String parameter, String value) {
        var uri = UriBuilder.of("/api/admin/customers/" + business + "/data-subject").queryParam(parameter, value)
                .build();
        var request = "DELETE".equals(method) ? HttpRequest.DELETE(uri.toString()) : HttpRequest.GET(uri);
        return api.send(request.bearerAuth(Api.ADMIN_TOKEN));
    }

    private Map<String, Object> report() {
        var answer = api.send(HttpRequest.GET("/api/reports/monthly?month=2026-11").bearerAuth(staffToken));
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private List<Map<String, Object>> everyRowOf(UUID tenant) {
        return TABLES.stream().flatMap(table -> rows.list("SELECT '" + table + "' AS t, x::text AS row FROM " + table
                + " x WHERE customer_id = ? ORDER BY 2", tenant).stream()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> table(Map<String, Object> answer, String table) {
        return (List<Map<String, Object>>) answer.get(table);
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Test
    void the_answer_holds_the_persons_rows_of_every_table() {
        assertThat(before.keySet()).containsExactlyInAnyOrderElementsOf(TABLES);
        for (var name : TABLES) {
            assertThat(table(before, name)).as(name).isNotEmpty();
        }
        assertThat(table(before, "tickets")).allSatisfy(ticket -> assertThat(ticket)
                .containsEntry("customer_id", business.toString()).containsEntry("contact_phone", PHONE));
        assertThat(table(before, "calls")).singleElement().satisfies(call -> assertThat(call)
                .containsEntry("caller_e164", PHONE).containsEntry("outcome", "missed"));
        assertThat(text(before)).contains("Erika Beispiel-Keller", "Rohrbruch im Keller", EMAIL, "8004", "STOP");
    }

    @Test
    void the_same_person_is_found_by_e_mail_address_whatever_its_case() {
        assertThat(byEmail.status()).isEqualTo(200);
        // The wizard request carried the address; the missed-call ticket it joined is the same ticket.
        assertThat(table(byEmail.body(), "tickets")).isNotEmpty();
    }

    @Test
    void the_erasure_answers_the_rows_it_touched_per_table_and_records_no_one() {
        assertThat(erased.status()).isEqualTo(200);
        for (var name : TABLES) {
            assertThat(((Number) erased.body().get(name)).intValue()).as(name).isEqualTo(table(before, name).size());
        }
        var record = rows.one("SELECT " + WITHOUT_IDS + " AS row FROM data_subject_erasures x WHERE customer_id = ?",
                business);
        assertThat((String) record.get("row")).doesNotContain("79555", "erika");
        assertThat(rows.count("SELECT tickets FROM data_subject_erasures WHERE customer_id = ?", business))
                .isEqualTo(table(before, "tickets").size());
    }

    @Test
    void afterwards_nothing_is_found_and_no_kept_row_names_the_person() {
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(TABLES);
        for (var name : TABLES) {
            assertThat(table(after, name)).as(name).isEmpty();
        }
        for (var name : TABLES) {
            for (var row : table(before, name)) {
                var key = name.equals("tickets") ? "id" : name.equals("calls") ? "call_sid"
                        : name.equals("ticket_events") || name.equals("sms_log") || name.equals("outbound_sms")
                                || name.equals("outbound_email") ? "id" : null;
                if (key == null) {
                    assertThat(rows.count("SELECT count(*) FROM " + name + " WHERE customer_id = ? AND phone = ?",
                            business, PHONE)).as(name).isZero();
                    continue;
                }
                var kept = rows.one("SELECT " + WITHOUT_IDS + " AS row FROM " + name + " x WHERE " + key + " = ?",
                        key.equals("call_sid") ? row.get(key) : UUID.fromString((String) row.get(key)));
                assertThat((String) kept.get("row")).as(name + " " + row.get(key))
                        .doesNotContainIgnoringCase(PERSONAL.toArray(String[]::new));
            }
        }
    }

    @Test
    void the_monthly_report_is_the_same_before_and_after_the_erasure() {
        assertThat(reportAfter).isEqualTo(reportBefore);
    }

    @Test
    void the_figures_that_link_rows_by_the_erased_number_keep_the_persons_link() {
        // docs/privacy.md: a reply counts when it answers a missed-call SMS to the same number, a missed call as
        // captured when its number opened a ticket; both are settled before the number leaves the rows.
        assertThat(reportAfter.get("missed_call_sms")).isEqualTo(Map.of("sent", 1, "replies", 1, "reply_rate", 1.0,
                "replies_by_option", Map.of("1", 0, "2", 1, "3", 0, "free_text", 0)));
        assertThat(reportAfter.get("captured")).isEqualTo(Map.of("wizard_visits", 0, "missed_calls", 1));
    }

    @Test
    void a_corrected_mistake_on_another_customers_ticket_loses_her_number_and_nothing_else() {
        assertThat(table(before, "ticket_events")).filteredOn(event -> mistyped.toString().equals(event.get("ticket_id")))
                .extracting(event -> event.get("event_type")).containsExactly("contact_changed", "contact_changed");
        assertThat(table(before, "tickets")).extracting(ticket -> ticket.get("id")).doesNotContain(mistyped.toString());

        assertThat(rows.one("SELECT contact_name, contact_phone, anonymised_at FROM tickets WHERE id = ?", mistyped))
                .containsEntry("contact_name", "Hans Anders").containsEntry("contact_phone", "+41796669999")
                .containsEntry("anonymised_at", null);
        assertThat(rows.list("SELECT old_value, new_value FROM ticket_events WHERE ticket_id = ? "
                + "AND event_type = 'contact_changed' ORDER BY seq", mistyped))
                .extracting(event -> event.get("old_value") + " -> " + event.get("new_value"))
                .containsExactly("+41796669999 -> null", "null -> +41796669999");
    }

    @Test
    void another_business_with_the_same_number_keeps_every_row() {
        assertThat(everyRowOf(other)).isEqualTo(otherRowsBefore);
        assertThat(rows.count("SELECT count(*) FROM tickets WHERE customer_id = ? AND contact_phone = ?", other,
                PHONE)).isPositive();
    }

    @Test
    void exactly_one_of_phone_and_email_is_required_and_named_when_wrong() {
        var neither = api.send(HttpRequest.GET("/api/admin/customers/" + business + "/data-subject")
                .bearerAuth(Api.ADMIN_TOKEN));
        var both = api.send(HttpRequest.GET("/api/admin/customers/" + business + "/data-subject?phone=0795551234"
                + "&email=a@b.ch").bearerAuth(Api.ADMIN_TOKEN));
        var notANumber = request("GET", "phone", "hallo");

        assertThat(neither.status()).isEqualTo(422);
        assertThat(neither.body()).containsEntry("field", "phone");
        assertThat(both.status()).isEqualTo(422);
        assertThat(both.body()).containsEntry("field", "email");
        assertThat(notANumber.status()).isEqualTo(422);
        assertThat(notANumber.body()).containsEntry("field", "phone");
    }

    @Test
    void an_unknown_business_is_not_found_and_the_routes_need_the_admin_token() {
        var unknown = api.send(HttpRequest.GET("/api/admin/customers/" + UUID.randomUUID()
                + "/data-subject?phone=0795551234").bearerAuth(Api.ADMIN_TOKEN));
        var staff = api.send(HttpRequest.DELETE("/api/admin/customers/" + business
                + "/data-subject?phone=0795551234").bearerAuth(staffToken));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(staff.status()).isEqualTo(401);
    }
}
