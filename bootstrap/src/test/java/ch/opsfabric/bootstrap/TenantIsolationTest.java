package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Strict tenant separation at the application fence (docs/domain-rules.md, Privacy): business A, with its own staff
 * token, walks every staff route with business B's ticket ids, filters and search terms and finds
 * nothing of B's — no id, name, phone, e-mail, summary or count in any answer, 404 for B's tickets
 * exactly as for unknown ones — and B's rows are unchanged afterwards.
 *
 * <p>Every search is first run with B's own token and must find B's tickets, so a query that lost
 * its tenant condition fails here instead of passing on an empty answer. The routes are taken from
 * the served OpenAPI document, so a new staff route fails this test until it is walked too.
 */
@MicronautTest(transactional = false)
class TenantIsolationTest extends ServiceTest {

    private static final AtomicInteger BUSINESSES = new AtomicInteger();
    private static final String MONTH = "2026-11";

    // B's customers. Their phones are also traced as national digits, which every stored spelling contains.
    private static final String ZORA_PHONE = "079 876 54 32";
    private static final String QUIRIN_PHONE = "+41 78 765 43 21";
    private static final String XIMENA_PHONE = "077 654 32 10";
    private static final String MISSED_CALLER = "+41765432109";
    private static final String TEXTING_CUSTOMER = "+41778889900";
    private static final String ZORA_EMAIL = "zora.zwicky@example.ch";

    /** What would betray B's data in any answer to A, besides B's ticket ids and slug. */
    private static final List<String> TRACES_OF_B = List.of("Zora", "Zwicky", "Quirin", "Quadri", "Ximena", "Xander",
            "798765432", "787654321", "776543210", "765432109", "778889900", "Wärmepumpe", "Estrich",
            "Fussbodenheizung", "Cheminée", "Dachstock", "Brunner");

    /** Marks a test as the walk of the named staff routes ("method /path" as in the OpenAPI document). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    private @interface Walks {
        String[] value();
    }

    private record Business(UUID id, String slug, String token, StaffApi staff, Download download,
                            String ownerInvitation) {
    }

    /** The tickets one way of asking found, and the answer as text to look for traces in. */
    private record Found(int status, List<String> ids, String body) {
    }

    @Inject
    MutableClock clock;

    @Inject
    DispatchDueSmsUseCase dispatcher;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private Api api;
    private Business a;
    private Business b;
    private List<String> ticketsOfA;
    private List<String> ticketsOfB;
    private List<String> rowsOfB;

    @BeforeEach
    void twoBusinessesWhereBIsBusy() {
        api = new Api(http);
        clock.set(TestClockFactory.START);
        a = provision("Sanitär Aebi AG", "aebi");
        b = provision("Heizung Brunner GmbH", "brunner");
        ticketsOfA = List.of(submit(Api.wizardPost(a.slug())),
                a.staff().newTicket("Beat Keller", "078 111 22 33", "Offerte Badezimmer"));
        ticketsOfB = busyDayOf(b);
        rowsOfB = rowsOf(b);
    }

    @AfterEach
    void bIsUnchanged() {
        assertThat(rowsOf(b)).as("B's rows after A's walk").isEqualTo(rowsOfB);
    }

    @Test
    void every_staff_route_of_the_service_is_walked() {
        var walked = new TreeSet<String>();
        Arrays.stream(getClass().getDeclaredMethods()).map(method -> method.getAnnotation(Walks.class))
                .filter(Objects::nonNull).forEach(walks -> walked.addAll(List.of(walks.value())));

        assertThat(walked).as("staff routes walked here").containsExactlyInAnyOrderElementsOf(staffRoutes());
    }

    @Test
    @Walks("get /api/tickets")
    void the_list_shows_none_of_b_s_tickets_under_any_filter_or_search() {
        onlyTheCallersTicketsAreFound(this::listed);
    }

    @Test
    @Walks("get /api/tickets")
    void cursor_pages_hold_only_a_s_tickets_even_when_a_pages_on_with_b_s_cursors() {
        var paged = new ArrayList<String>();
        String cursor = null;
        do {
            var page = cursor == null ? a.staff().list("limit", "1") : a.staff().list("limit", "1", "cursor", cursor);
            assertNoTraceOfB(page.body().toString(), "A's page after " + cursor);
            paged.addAll(StaffApi.ids(page));
            cursor = (String) page.body().get("next_cursor");
        } while (cursor != null);
        assertThat(paged).containsExactlyInAnyOrderElementsOf(ticketsOfA);

        for (var theirCursor : cursorsOf(b)) {
            var page = a.staff().list("cursor", theirCursor);

            assertThat(page.status()).isEqualTo(200);
            assertThat(StaffApi.ids(page)).isSubsetOf(ticketsOfA);
            assertNoTraceOfB(page.body().toString(), "A's page after B's cursor " + theirCursor);
        }
    }

    @Test
    @Walks("get /api/tickets/{id}")
    void b_s_tickets_are_answered_404_exactly_like_unknown_ones() {
        for (var theirs : ticketsOfB) {
            assertThat(b.staff().detail(theirs).status()).as("B's own view of " + theirs).isEqualTo(200);

            answeredLikeAnUnknownTicket(theirs, id -> a.staff().detail(id));
            assertThat(api.send(HttpRequest.HEAD("/api/tickets/" + theirs).bearerAuth(a.token())).status())
                    .as("HEAD " + theirs).isEqualTo(404);
        }
    }

    @Test
    @Walks("patch /api/tickets/{id}")
    void b_s_tickets_cannot_be_changed_and_refuse_like_unknown_ones() {
        var changes = List.<Map<String, Object>>of(Map.of("status", "CLOSED"), Map.of("status", "DONE"),
                // B has a DONE ticket: a lifecycle check before the tenant check would answer 409 and its state.
                Map.of("status", "NEW"), Map.of("status", "NEEDS_CALLBACK"),
                Map.of("status", "SCHEDULED", "scheduled_at", "2026-11-27T08:00:00Z"),
                Map.of("summary", "übernommen von Aebi"), Map.of("contact_name", "Anna Muster"),
                Map.of("contact_phone", "079 123 45 67"), Map.of("contact_email", "anna@example.ch"));
        for (var theirs : ticketsOfB) {
            for (var change : changes) {
                answeredLikeAnUnknownTicket(theirs, id -> a.staff().patch(id, change));
            }
        }
    }

    @Test
    @Walks("post /api/tickets/{id}/notes")
    void a_cannot_note_on_b_s_tickets_which_answer_like_unknown_ones() {
        for (var theirs : ticketsOfB) {
            answeredLikeAnUnknownTicket(theirs, id -> a.staff().note(id, Map.of("text", "von Aebi")));
        }
    }

    @Test
    @Walks("post /api/tickets/{id}/messages")
    void a_cannot_write_to_b_s_customers_whose_tickets_answer_like_unknown_ones() {
        for (var theirs : ticketsOfB) {
            for (var channel : List.of("sms", "email")) {
                answeredLikeAnUnknownTicket(theirs,
                        id -> a.staff().message(id, Map.of("text", "Hier Aebi", "channel", channel)));
            }
        }
    }

    @Test
    @Walks({"patch /api/tickets/{id}", "get /api/tickets"})
    void b_s_people_can_be_neither_assigned_nor_listed_by_a() {
        var bsPerson = StaffMembers.add(rows, b.id(), "Brunner", true);
        b.staff().patch(ticketsOfB.getFirst(), Map.of("assigned_to", bsPerson.toString()));
        rowsOfB = rowsOf(b);

        var assigned = a.staff().patch(ticketsOfA.getFirst(), Map.of("assigned_to", bsPerson.toString()));
        var listed = a.staff().list("assigned_to", bsPerson.toString());

        assertThat(assigned.status()).isEqualTo(422);
        assertThat(assigned.body()).containsEntry("field", "assigned_to");
        assertThat(StaffApi.ids(listed)).isEmpty();
        assertThat(StaffApi.ids(a.staff().list("sort", "sla"))).doesNotContainAnyElementsOf(ticketsOfB);
    }

    @Test
    @Walks("post /api/tickets")
    void a_ticket_a_enters_for_b_s_customer_opens_in_a_and_joins_nothing_of_b() {
        var byPhone = StaffApi.manualTicket("Kundin am Telefon", ZORA_PHONE, "Rückruf wegen Heizung");
        var byEmail = StaffApi.manualTicket("Kundin per Mail", null, "Offerte Heizung");
        byEmail.put("contact_email", ZORA_EMAIL);

        for (var ticket : List.of(byPhone, byEmail)) {
            var answer = a.staff().create(ticket);

            assertThat(answer.status()).as("joined an open ticket instead of opening one").isEqualTo(201);
            assertThat(answer.body()).containsEntry("summary", ticket.get("summary"))
                    .containsEntry("contact_name", ticket.get("contact_name"));
            var id = UUID.fromString((String) answer.body().get("id"));
            assertThat(rows.one("SELECT customer_id FROM tickets WHERE id = ?", id))
                    .containsEntry("customer_id", a.id());
        }
    }

    @Test
    @Walks("post /api/tickets")
    void a_cannot_enter_a_ticket_into_b_by_naming_b() {
        var intoB = StaffApi.manualTicket("Kundin am Telefon", "076 111 22 33", "Rückruf");
        intoB.put("customer_slug", b.slug());

        var answer = a.staff().create(intoB);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "customer_slug");
    }

    @Test
    @Walks("get /api/tickets/export")
    void the_csv_export_shows_none_of_b_s_tickets_under_any_filter_or_search() {
        onlyTheCallersTicketsAreFound(this::exportedAsCsv);
    }

    @Test
    @Walks("get /api/tickets/export")
    void the_json_export_shows_none_of_b_s_tickets_under_any_filter_or_search() {
        onlyTheCallersTicketsAreFound(this::exportedAsJson);
    }

    @Test
    @Walks({"get /api/staff-members", "get /api/tokens", "get /api/me"})
    void a_s_people_tokens_and_caller_show_nothing_of_b() {
        var idsOfB = new ArrayList<String>();
        rows.list("SELECT id FROM staff_members WHERE customer_id = ?", b.id()).forEach(row -> idsOfB.add(
                row.get("id").toString()));
        rows.list("SELECT id FROM staff_tokens WHERE customer_id = ?", b.id()).forEach(row -> idsOfB.add(
                row.get("id").toString()));
        for (var path : List.of("/api/staff-members", "/api/tokens", "/api/me")) {
            var answer = api.sendForText(HttpRequest.GET(path).bearerAuth(a.token()));

            assertThat(answer.status()).as(path).isEqualTo(200);
            assertNoTraceOfB(answer.body(), path);
            assertThat(answer.body()).as(path).doesNotContain(idsOfB.toArray(String[]::new));
        }
    }

    @Test
    @Walks({"patch /api/staff-members/{id}", "delete /api/tokens/{id}"})
    void b_s_people_and_tokens_cannot_be_changed_or_revoked_and_refuse_like_unknown_ones() {
        var ownerOfB = rows.one("SELECT id FROM staff_members WHERE customer_id = ?", b.id()).get("id").toString();
        var tokenOfB = rows.one("SELECT id FROM staff_tokens WHERE customer_id = ?", b.id()).get("id").toString();

        answeredLikeAnUnknownTicket(ownerOfB, id -> api.send(HttpRequest.PATCH("/api/staff-members/" + id,
                Map.of("active", false, "role", "staff")).bearerAuth(a.token())));
        answeredLikeAnUnknownTicket(tokenOfB, id -> api.send(HttpRequest.DELETE("/api/tokens/" + id)
                .bearerAuth(a.token())));
        assertThat(b.staff().list().status()).as("B's token still opens B").isEqualTo(200);
    }

    @Test
    @Walks({"post /api/staff-members", "post /api/tokens"})
    void people_and_tokens_a_creates_are_a_s_even_under_b_s_owner_address() {
        var addressOfB = rows.one("SELECT email FROM staff_members WHERE customer_id = ?", b.id()).get("email");
        var invited = api.send(HttpRequest.POST("/api/staff-members", Map.of("name", "Doppelt", "email", addressOfB))
                .bearerAuth(a.token()));
        var token = api.send(HttpRequest.POST("/api/tokens", Map.of("name", "kasse")).bearerAuth(a.token()));

        assertThat(invited.status()).isEqualTo(201);
        assertThat(token.status()).isEqualTo(201);
        assertThat(rows.count("SELECT count(*) FROM staff_members WHERE customer_id = ? AND email = ?", a.id(),
                addressOfB)).isEqualTo(1);
        var tokenOfA = new StaffApi(api, (String) token.body().get("token"));
        assertThat(StaffApi.ids(tokenOfA.list())).doesNotContainAnyElementsOf(ticketsOfB);
    }

    @Test
    @Walks("get /api/reports/monthly")
    @SuppressWarnings("unchecked")
    void the_monthly_report_counts_only_a_s_activity() {
        var theirs = report(b, List.of("month", MONTH)).body();
        assertThat((Map<String, Object>) theirs.get("tickets")).as("B's own report").containsEntry("total", 5);
        assertThat(theirs).as("B's own report").containsEntry("wizard_visits", 1);

        for (var parameters : List.of(List.of("month", MONTH),
                List.of("month", MONTH, "customer_id", b.id().toString(), "customer_slug", b.slug()))) {
            var answer = report(a, parameters);
            var ours = answer.body();

            assertThat(answer.status()).isEqualTo(200);
            assertThat(ours.get("tickets")).isEqualTo(Map.of("total", 2,
                    "by_source", Map.of("wizard", 1, "missed_call", 0, "sms_reply", 0, "whatsapp", 0, "email", 0,
                            "manual", 1),
                    "by_urgency", Map.of("LOW", 0, "MED", 2, "HIGH", 0)));
            assertThat(ours).containsEntry("wizard_visits", 0).containsEntry("next_step_24h_rate", 0.0)
                    .containsEntry("tickets_from_missed_calls", 0);
            // B moved its tickets along; none of A's was ever moved.
            assertThat((Map<String, Object>) ours.get("first_response")).containsEntry("human_seconds", null);
            assertThat((Map<String, Object>) ours.get("calls")).containsEntry("inbound", 0);
            assertThat((Map<String, Object>) ours.get("missed_call_sms")).containsEntry("sent", 0)
                    .containsEntry("replies", 0);
            assertNoTraceOfB(ours.toString(), "A's report with " + parameters);
        }
    }

    @Test
    @Walks({"get /app/report", "get /app/settings"})
    void a_s_report_and_settings_pages_show_nothing_of_b() {
        var owner = ownerSignedIn(a);
        var idsOfB = new ArrayList<String>();
        rows.list("SELECT id FROM staff_members WHERE customer_id = ?", b.id()).forEach(row -> idsOfB.add(
                row.get("id").toString()));
        rows.list("SELECT id FROM staff_tokens WHERE customer_id = ?", b.id()).forEach(row -> idsOfB.add(
                row.get("id").toString()));
        var report = owner.get("/app/report?month=" + MONTH + "&customer_id=" + b.id());
        var settings = owner.get("/app/settings");

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("<dd id=\"tickets-total\">2</dd>");
        assertNoTraceOfB(report.body(), "A's report page");
        assertThat(settings.status()).isEqualTo(200);
        assertNoTraceOfB(settings.body(), "A's settings page");
        assertThat(settings.body()).doesNotContain(idsOfB.toArray(String[]::new));
    }

    @Test
    @Walks({"post /app/settings/members/{id}", "post /app/settings/tokens/{id}/revoke"})
    void b_s_people_and_tokens_cannot_be_changed_or_revoked_on_a_s_settings_page() {
        var owner = ownerSignedIn(a);
        var csrf = owner.get("/app/settings").formToken();
        var ownerOfB = rows.one("SELECT id FROM staff_members WHERE customer_id = ?", b.id()).get("id");
        var tokenOfB = rows.one("SELECT id FROM staff_tokens WHERE customer_id = ?", b.id()).get("id");

        var deactivated = owner.post("/app/settings/members/" + ownerOfB, Map.of("csrf", csrf, "active", "false"));
        var revoked = owner.post("/app/settings/tokens/" + tokenOfB + "/revoke", Map.of("csrf", csrf));
        var unknown = owner.post("/app/settings/tokens/" + UUID.randomUUID() + "/revoke", Map.of("csrf", csrf));

        assertThat(deactivated.status()).isEqualTo(404);
        assertThat(revoked.status()).isEqualTo(404);
        assertThat(revoked.body()).isEqualTo(unknown.body());
        assertThat(b.staff().list().status()).as("B's token still opens B").isEqualTo(200);
    }

    @Test
    @Walks({"post /app/settings/business", "post /app/settings/members", "post /app/settings/tokens"})
    void what_a_s_owner_saves_on_the_settings_page_is_a_s_even_naming_b() {
        var owner = ownerSignedIn(a);
        var csrf = owner.get("/app/settings").formToken();
        var addressOfB = (String) rows.one("SELECT email FROM staff_members WHERE customer_id = ?", b.id())
                .get("email");
        var settings = new LinkedHashMap<String, String>(Map.of("csrf", csrf, "customer_id",
                b.id().toString(), "quiet_hours_start", "20:00", "quiet_hours_end", "06:00",
                "sla_response_minutes", "45", "sla_warning_minutes", "10", "assignment", "off",
                "google_review_link", "", "review_delay_hours", "3", "missed_call_delay_seconds", "30"));
        settings.put("missed_call_dedupe_minutes", "15");
        settings.put("missed_call_daily_sms_limit", "3");
        settings.put("missed_call_blocklist_threshold", "5");

        assertThat(owner.post("/app/settings/business", settings).status()).isEqualTo(303);
        assertThat(owner.post("/app/settings/members", Map.of("csrf", csrf, "name", "Doppelt", "email", addressOfB,
                "customer_id", b.id().toString())).status()).isEqualTo(200);
        assertThat(owner.post("/app/settings/tokens", Map.of("csrf", csrf, "name", "kasse",
                "customer_id", b.id().toString())).status()).isEqualTo(200);

        assertThat(rows.one("SELECT sla_response_minutes FROM customers WHERE id = ?", a.id()))
                .containsEntry("sla_response_minutes", 45);
        assertThat(rows.count("SELECT count(*) FROM staff_members WHERE customer_id = ? AND email = ?", a.id(),
                addressOfB)).isEqualTo(1);
        assertThat(rows.count("SELECT count(*) FROM staff_tokens WHERE customer_id = ? AND name = 'kasse'", a.id()))
                .isEqualTo(1);
    }

    /** A new owner of {@code business}, invited with its token and signed in through the invitation page. */
    private Browser ownerSignedIn(Business business) {
        var link = People.invite(api, business.token(), "Olivia Owner", "olivia@" + business.slug() + ".example",
                "owner");
        var browser = new Browser(server.getURI());
        People.setPassword(browser, link, People.PASSWORD);
        return browser;
    }

    @Test
    @Walks("get /api/stream")
    void the_stream_replays_and_carries_only_a_s_events() {
        try (var stream = EventStreamReader.open(server.getURI(), a.token(), "0")) {
            var marker = a.staff().newTicket("Carla Frei", "076 222 33 44", "Boiler leckt");
            var received = new ArrayList<EventStreamReader.Received>();
            do {
                received.add(stream.next(Duration.ofSeconds(10)));
            } while (!marker.equals(received.getLast().data().get("ticket_id")));

            var ours = new ArrayList<>(ticketsOfA);
            ours.add(marker);
            assertThat(received).extracting(event -> (String) event.data().get("ticket_id"))
                    .as("tickets of the events A's stream replayed and carried").isSubsetOf(ours)
                    .containsAll(ticketsOfA);
            assertNoTraceOfB(received.toString(), "A's stream");
        }
    }

    @Test
    @Walks({"get /app/tickets", "get /app/tickets/{id}", "post /app/tickets/{id}", "post /app/tickets/{id}/messages",
            "post /app/tickets/{id}/notes"})
    void a_s_workspace_pages_list_nothing_of_b_and_answer_b_s_tickets_with_the_not_found_page() {
        var owner = new Browser(server.getURI());
        People.setPassword(owner, a.ownerInvitation(), People.PASSWORD);
        var csrf = owner.get("/app/tickets").formToken();
        for (var search : List.of("", "?q=Zora", "?q=" + ZORA_PHONE.replace(" ", "+"), "?q=W%C3%A4rmepumpe",
                "?status=NEW", "?urgency=HIGH", "?source=missed_call", "?assigned_to=none")) {
            var page = owner.get("/app/tickets" + search);
            assertThat(page.status()).as(search).isEqualTo(200);
            // The search form repeats what A typed; the list below it must hold nothing of B's.
            var list = page.body().substring(page.body().indexOf("id=\"ticket-list\""));
            assertNoTraceOfB(list, "A's ticket list " + search);
        }
        for (var theirs : ticketsOfB) {
            var page = owner.get("/app/tickets/" + theirs);
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.body()).contains("Dieses Ticket gibt es nicht");
            assertNoTraceOfB(page.body(), "A's page of B's ticket");
            assertThat(owner.post("/app/tickets/" + theirs, Map.of("csrf", csrf, "status", "CLOSED")).status())
                    .isEqualTo(404);
            assertThat(owner.post("/app/tickets/" + theirs + "/messages",
                    Map.of("csrf", csrf, "channel", "sms", "text", "Hallo")).status()).isEqualTo(404);
            assertThat(owner.post("/app/tickets/" + theirs + "/notes", Map.of("csrf", csrf, "text", "Notiz"))
                    .status()).isEqualTo(404);
        }
    }

    /**
     * B's day: two wizard requests, a missed call answered by SMS and a free-text reply, a text from a
     * stranger, a ticket entered by hand, a wizard visit, the queued SMS sent, and staff moving tickets
     * along — every source, urgency and most states, with events and SMS bodies that name the customers.
     */
    private List<String> busyDayOf(Business business) {
        var zora = submit(wizardPost(business, "Zora Zwicky", ZORA_PHONE, ZORA_EMAIL, "Wärmepumpe pfeift nachts",
                "MED"));
        var quirin = submit(wizardPost(business, "Quirin Quadri", QUIRIN_PHONE, "quirin.quadri@example.ch",
                "Boiler leckt im Estrich", "HIGH"));
        assertThat(api.send(HttpRequest.POST("/api/wizard/visit", Map.of("customer_slug", business.slug())))
                .status()).isEqualTo(200);

        var number = smsNumberOf(business);
        webhook("/api/webhook/missed-call",
                Telephony.call("CA-" + business.slug(), MISSED_CALLER, number, "no-answer"));
        clock.advance(Duration.ofSeconds(45));
        dispatcher.dispatchDue();
        clock.advance(Duration.ofMinutes(3));
        webhook("/api/webhook/sms-reply", Telephony.sms("SM-1-" + business.slug(), MISSED_CALLER, number,
                "Fussbodenheizung bleibt kalt, bitte zurückrufen"));
        webhook("/api/webhook/sms-reply", Telephony.sms("SM-2-" + business.slug(), TEXTING_CUSTOMER, number,
                "Cheminée russt stark"));
        var missedCall = onlyTicketWith(business, MISSED_CALLER);
        var texted = onlyTicketWith(business, TEXTING_CUSTOMER);

        var byHand = StaffApi.manualTicket("Ximena Xander", XIMENA_PHONE, "Radiator klopft im Dachstock");
        byHand.put("urgency", "LOW");
        var entered = business.staff().create(byHand);
        assertThat(entered.status()).as("B's ticket entered by hand").isEqualTo(201);
        var ximena = (String) entered.body().get("id");

        move(business, zora, Map.of("status", "SCHEDULED", "scheduled_at", "2026-11-26T08:00:00Z"));
        move(business, quirin, Map.of("status", "DONE"));
        move(business, missedCall, Map.of("status", "IN_PROGRESS"));
        move(business, texted, Map.of("status", "CLOSED"));
        dispatcher.dispatchDue();
        return List.of(zora, quirin, missedCall, texted, ximena);
    }

    /**
     * The ways of asking for B's tickets: every filter, several values, B's names, phones in several
     * spellings and summary words, and parameters naming B outright. Each finds B's tickets for B.
     */
    private List<List<String>> probes() {
        var probes = new ArrayList<List<String>>();
        probes.add(List.of());
        Stream.of("NEW", "SCHEDULED", "IN_PROGRESS", "DONE", "CLOSED", "NEEDS_CALLBACK,SCHEDULED,CLOSED")
                .forEach(status -> probes.add(List.of("status", status)));
        probes.add(List.of("status", "done", "status", "closed"));
        Stream.of("LOW", "MED", "HIGH", "LOW,HIGH").forEach(urgency -> probes.add(List.of("urgency", urgency)));
        Stream.of("wizard", "missed_call", "sms_reply", "manual", "whatsapp,email,missed_call")
                .forEach(source -> probes.add(List.of("source", source)));
        probes.add(List.of("from", "2026-11-24"));
        probes.add(List.of("to", "2026-11-24"));
        probes.add(List.of("from", "2026-11-24T09:00:00Z", "to", "2026-11-24T10:00:00Z"));
        probes.add(List.of("status", "SCHEDULED", "urgency", "MED", "source", "wizard", "from", "2026-11-24",
                "to", "2026-11-24", "q", "Zwicky"));
        Stream.of("Zora Zwicky", "zwicky", "QUADRI", "Xander", ZORA_PHONE, "0798765432", "+41 79 876 54 32",
                        "+41798765432", "0041 79 876 54 32", "+41 (0)79 876 54 32", "876 54 32", QUIRIN_PHONE,
                        "078 765 43 21", XIMENA_PHONE, MISSED_CALLER, "076 543 21 09", "077 888 99 00",
                        "Wärmepumpe", "wärmepumpe pfeift", "Estrich", "fussbodenheizung", "Cheminée", "Dachstock")
                .forEach(term -> probes.add(List.of("q", term)));
        probes.add(List.of("customer_id", b.id().toString(), "customer_slug", b.slug()));
        return probes;
    }

    /** Each probe finds B's tickets for B, and for A only A's own tickets and no trace of B. */
    private void onlyTheCallersTicketsAreFound(BiFunction<Business, List<String>, Found> asking) {
        for (var probe : probes()) {
            var theirs = asking.apply(b, probe);
            assertThat(theirs.ids()).as("B's own view of " + probe).containsAnyElementsOf(ticketsOfB);

            var ours = asking.apply(a, probe);

            assertThat(ours.status()).as("A asking " + probe).isEqualTo(200);
            assertThat(ours.ids()).as("A asking " + probe).isSubsetOf(ticketsOfA);
            assertNoTraceOfB(ours.body(), "A asking " + probe);
        }
    }

    private Found listed(Business business, List<String> probe) {
        var page = business.staff().list(probe.toArray(String[]::new));
        return new Found(page.status(), StaffApi.ids(page), page.body().toString());
    }

    private static String exportQuery(List<String> probe, String format) {
        return withQuery("/", Stream.concat(Stream.of("format", format), probe.stream()).toList()).getRawQuery();
    }

    private Found exportedAsCsv(Business business, List<String> probe) {
        var file = business.download().get(exportQuery(probe, "csv"));
        var ids = file.status() == 200
                ? file.records().stream().skip(1).map(record -> record.getField(0)).toList() : List.<String>of();
        return new Found(file.status(), ids, file.text());
    }

    private Found exportedAsJson(Business business, List<String> probe) {
        var file = business.download().get(exportQuery(probe, "json"));
        try {
            var ids = file.status() == 200 ? json.readValue(file.body(),
                    Argument.listOf(Argument.mapOf(String.class, Object.class))).stream()
                    .map(ticket -> (String) ticket.get("id")).toList() : List.<String>of();
            return new Found(file.status(), ids, file.text());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** B's ticket must be indistinguishable from one that does not exist: same status, same answer. */
    private void answeredLikeAnUnknownTicket(String theirs, Function<String, Api.Answer> asking) {
        var unknown = UUID.randomUUID().toString();
        var expected = asking.apply(unknown);

        var answer = asking.apply(theirs);

        assertThat(answer.status()).as(theirs).isEqualTo(404);
        assertThat(answer.body().toString()).as(theirs).isEqualTo(expected.body().toString().replace(unknown, theirs));
    }

    private void assertNoTraceOfB(String body, String where) {
        var traces = new ArrayList<>(TRACES_OF_B);
        traces.addAll(ticketsOfB);
        traces.add(b.slug());
        assertThat(body).as(where).doesNotContainIgnoringCase(traces.toArray(String[]::new));
    }

    /** Every row B owns, as JSON text, from every table that has a customer_id, plus B's own record. */
    private List<String> rowsOf(Business business) {
        // Stream events move from stream_pending to stream_events a moment after their commit (docs/scale-out.md).
        ServiceProcess.awaitUntil("the business's stream events numbered", () -> rows.count(
                "SELECT count(*) FROM stream_pending WHERE customer_id = ?", business.id()) == 0);
        var tables = rows.list("""
                SELECT c.table_name FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND c.column_name = 'customer_id'
                  AND t.table_type = 'BASE TABLE' ORDER BY c.table_name""");
        var owned = new ArrayList<String>();
        owned.add(rows.one("SELECT to_jsonb(c)::text AS row FROM customers c WHERE id = ?", business.id())
                .get("row").toString());
        for (var table : tables) {
            var name = (String) table.get("table_name");
            rows.list("SELECT '" + name + "' || to_jsonb(r)::text AS row FROM " + name
                            + " r WHERE customer_id = ? ORDER BY 1", business.id())
                    .forEach(row -> owned.add((String) row.get("row")));
        }
        return owned;
    }

    /** The staff routes the service documents: those behind the staff token, and anything under the staff paths. */
    @SuppressWarnings("unchecked")
    private List<String> staffRoutes() {
        Map<String, Object> document = new Yaml().load(http.toBlocking().retrieve("/openapi.yml"));
        var routes = new ArrayList<String>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, operations) ->
                operations.forEach((method, operation) -> {
                    var security = String.valueOf(((Map<String, Object>) operation).get("security"));
                    if (security.contains("staffToken") || path.startsWith("/api/tickets")
                            || path.startsWith("/api/reports") || path.startsWith("/app/tickets")
                            || path.startsWith("/app/report") || path.startsWith("/app/settings")) {
                        routes.add(method + " " + path);
                    }
                }));
        return routes;
    }

    private List<String> cursorsOf(Business business) {
        var cursors = new ArrayList<String>();
        var page = business.staff().list("limit", "1");
        while (page.body().get("next_cursor") instanceof String cursor) {
            cursors.add(cursor);
            page = business.staff().list("limit", "1", "cursor", cursor);
        }
        assertThat(cursors).as("B's cursors").isNotEmpty();
        return cursors;
    }

    private Business provision(String name, String slugPrefix) {
        var n = BUSINESSES.incrementAndGet();
        var slug = slugPrefix + "-" + n;
        var provisioned = api.provision(Map.of("name", name, "slug", slug, "email", "info@" + slug + ".example",
                "phone", "044 443 52 00", "sms_number", "+4143600%04d".formatted(n), "canton", "zh"));
        var token = (String) provisioned.get("staff_token");
        return new Business(UUID.fromString((String) provisioned.get("id")), slug, token, new StaffApi(api, token),
                new Download(server.getURI(), token), (String) provisioned.get("owner_invitation_url"));
    }

    private String smsNumberOf(Business business) {
        return (String) rows.one("SELECT sms_number FROM customers WHERE id = ?", business.id()).get("sms_number");
    }

    private static Map<String, Object> wizardPost(Business business, String name, String phone, String email,
                                                  String summary, String urgency) {
        var post = Api.wizardPost(business.slug());
        post.put("contact_name", name);
        post.put("contact_phone", phone);
        post.put("contact_email", email);
        post.put("summary", summary);
        post.put("urgency", urgency);
        return post;
    }

    private String submit(Map<String, Object> wizardPost) {
        var answer = api.postTicket(wizardPost);
        assertThat(answer.status()).as(wizardPost.toString()).isEqualTo(201);
        return (String) answer.body().get("ticket_id");
    }

    private void webhook(String path, Map<String, String> fields) {
        assertThat(api.sendForText(Telephony.form(path, fields)).status()).as(path).isEqualTo(200);
    }

    /** Read from the database, so a broken staff list fails the walks below rather than this setup. */
    private String onlyTicketWith(Business business, String phone) {
        return rows.one("SELECT id::text AS id FROM tickets WHERE customer_id = ? AND contact_phone = ?",
                business.id(), phone).get("id").toString();
    }

    private static void move(Business business, String ticket, Map<String, Object> change) {
        assertThat(business.staff().patch(ticket, change).status()).as(change.toString()).isEqualTo(200);
    }

    private Api.Answer report(Business business, List<String> parameters) {
        return api.send(HttpRequest.GET(withQuery("/api/reports/monthly", parameters)).bearerAuth(business.token()));
    }

    /** @param parameters name, value, name, value, …; values are URL-encoded here */
    private static URI withQuery(String path, List<String> parameters) {
        var uri = UriBuilder.of(path);
        for (int index = 0; index < parameters.size(); index += 2) {
            uri.queryParam(parameters.get(index), parameters.get(index + 1));
        }
        return uri.build();
    }
}
