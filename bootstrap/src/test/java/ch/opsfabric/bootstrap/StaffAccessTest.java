package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may see what: staff tokens, strict separation of businesses, and tickets entered by hand. */
@MicronautTest(transactional = false)
class StaffAccessTest extends ServiceTest {

    private static final AtomicInteger SLUGS = new AtomicInteger();

    @Inject
    MutableClock clock;

    private Api api;
    private StaffApi plumber;
    private StaffApi heating;
    private String heatingTicket;

    @BeforeEach
    void twoBusinesses() {
        api = new Api(http);
        clock.set(TestClockFactory.START);
        plumber = StaffApi.forNewBusiness(api, "sanitaer-" + SLUGS.incrementAndGet());
        heating = StaffApi.forNewBusiness(api, "heizung-" + SLUGS.incrementAndGet());
        plumber.newTicket("Anna Muster", "079 123 45 67", "Boiler tropft");
        heatingTicket = heating.newTicket("Beat Brunner", "078 111 22 33", "Heizung kalt");
    }

    @Test
    void without_a_token_the_staff_api_answers_401_in_json() {
        var answer = api.send(HttpRequest.GET("/api/tickets"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).containsEntry("error", "unauthorized");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer wrong-token", "Bearer ", "Basic dXNlcjpwYXNz", "wrong-token"})
    void a_wrong_token_is_answered_401_on_every_staff_endpoint(String authorization) {
        var id = UUID.randomUUID();
        for (var request : new MutableHttpRequest<?>[] {HttpRequest.GET("/api/tickets"),
                HttpRequest.GET("/api/tickets/" + id), HttpRequest.PATCH("/api/tickets/" + id, Map.of("status", "DONE")),
                HttpRequest.POST("/api/tickets", StaffApi.manualTicket("Eva", "079 000 11 22", "Test"))}) {
            var answer = api.send(request.header("Authorization", authorization));

            assertThat(answer.status()).as(request.getMethodName() + " " + request.getPath()).isEqualTo(401);
            assertThat(answer.body()).containsEntry("error", "unauthorized");
        }
    }

    @Test
    void a_revoked_token_opens_nothing() {
        rows.execute("UPDATE staff_tokens SET revoked_at = now()");

        assertThat(plumber.list().status()).isEqualTo(401);
    }

    @Test
    void the_admin_token_is_no_staff_token() {
        var answer = api.send(HttpRequest.GET("/api/tickets").bearerAuth(Api.ADMIN_TOKEN));

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void another_business_ticket_is_answered_404_like_an_unknown_one() {
        var theirs = plumber.detail(heatingTicket);
        var unknown = plumber.detail(UUID.randomUUID());

        assertThat(theirs.status()).isEqualTo(404);
        assertThat(theirs.body()).doesNotContainValue("Beat Brunner").containsEntry("error", "not_found");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(plumber.detail("kein-ticket").status()).isEqualTo(404);
    }

    @Test
    void another_business_ticket_cannot_be_changed() {
        var before = rows.allRows();

        var answer = plumber.patch(heatingTicket, Map.of("status", "CLOSED", "summary", "übernommen"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(rows.allRows()).isEqualTo(before);
        assertThat(heating.detail(heatingTicket).body()).containsEntry("status", "NEW")
                .containsEntry("summary", "Heizung kalt");
    }

    @Test
    void list_filters_and_search_never_reach_another_business() {
        assertThat(StaffApi.ids(plumber.list())).hasSize(1).doesNotContain(heatingTicket);
        assertThat(StaffApi.ids(plumber.list("q", "078 111 22 33"))).isEmpty();
        assertThat(StaffApi.ids(plumber.list("q", "Brunner"))).isEmpty();
        assertThat(StaffApi.ids(plumber.list("source", "manual", "status", "NEW", "urgency", "MED",
                "from", "2026-11-24", "to", "2026-11-24"))).hasSize(1).doesNotContain(heatingTicket);
        assertThat(StaffApi.ids(heating.list("q", "Heizung"))).containsExactly(heatingTicket);
    }

    @Test
    void a_cursor_from_another_business_selects_only_the_caller_tickets() {
        var secondHeatingTicket = heating.newTicket("Cla Caduff", "079 444 55 66", "Thermostat defekt");
        var theirCursor = (String) heating.list("limit", "1").body().get("next_cursor");

        var answer = plumber.list("cursor", theirCursor);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(StaffApi.ids(answer)).doesNotContain(heatingTicket, secondHeatingTicket);
    }

    @Test
    void a_manual_ticket_is_opened_for_the_token_business_with_source_manual() {
        var answer = plumber.create(StaffApi.manualTicket("Carla Keller", "076 222 33 44", "Abfluss verstopft"));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body()).containsEntry("source", "manual").containsEntry("status", "NEW")
                .containsEntry("contact_phone", "+41762223344").containsEntry("urgency", "MED")
                .containsEntry("scheduled_at", null).containsEntry("review_clicked", false)
                .containsEntry("created_at", "2026-11-24T09:00:00Z")
                .containsEntry("sla_deadline", "2026-11-24T11:00:00Z");
        var id = UUID.fromString((String) answer.body().get("id"));
        assertThat(rows.one("SELECT c.slug FROM tickets t JOIN customers c ON c.id = t.customer_id WHERE t.id = ?", id)
                .get("slug")).asString().startsWith("sanitaer-");
        assertThat(rows.count("SELECT count(*) FROM outbound_sms WHERE ticket_id = ?", id)).isEqualTo(1);
    }

    @Test
    void a_manual_ticket_for_a_contact_with_an_open_ticket_today_joins_it() {
        var first = plumber.create(StaffApi.manualTicket("Carla Keller", "076 222 33 44", "Abfluss verstopft"));

        var again = plumber.create(StaffApi.manualTicket("Carla Keller", "0762223344", "Jetzt auch im Bad"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).containsEntry("id", first.body().get("id"))
                .containsEntry("summary", "Abfluss verstopft\nJetzt auch im Bad");
    }

    @Test
    void a_manual_ticket_refuses_another_source_unknown_fields_and_a_missing_contact() {
        var wizard = StaffApi.manualTicket("Carla Keller", "076 222 33 44", "x");
        wizard.put("source", "wizard");
        var foreign = StaffApi.manualTicket("Carla Keller", "076 222 33 44", "x");
        foreign.put("customer_slug", "heizung-1");
        var unreachable = StaffApi.manualTicket("Carla Keller", null, "x");

        assertThat(plumber.create(wizard).body()).containsEntry("field", "source");
        assertThat(plumber.create(foreign).body()).containsEntry("field", "customer_slug");
        assertThat(plumber.create(unreachable).body()).containsEntry("field", "contact_phone");
    }
}
