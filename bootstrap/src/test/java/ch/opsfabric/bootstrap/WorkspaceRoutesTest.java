package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The staff workspace's routes over plain HTTP, as a browser without JavaScript uses them: sign-in that comes back
 * to the asked page (only of this site), CSRF refusals, invalid input, the page's weight and its security header.
 */
@MicronautTest(transactional = false)
class WorkspaceRoutesTest extends ServiceTest {

    private static final AtomicInteger SLUGS = new AtomicInteger();

    @Inject
    EmbeddedServer server;

    @Inject
    MutableClock clock;

    private Api api;
    private String email;
    private StaffApi staff;

    @BeforeEach
    void aBusinessWhoseOwnerHasAPassword() {
        clock.set(TestClockFactory.START);
        api = new Api(http);
        var slug = "seiten-" + SLUGS.incrementAndGet();
        email = "inhaberin@" + slug + ".example";
        var business = api.provision(Map.of("name", "Dörfler AG", "slug", slug, "email", email));
        staff = new StaffApi(api, (String) business.get("staff_token"));
        People.setPassword(browser(), (String) business.get("owner_invitation_url"), People.PASSWORD);
    }

    @Test
    void a_signed_out_visit_to_a_ticket_goes_to_sign_in_and_from_there_straight_to_that_ticket() {
        var ticket = staff.newTicket("Anna Muster", "079 123 45 67", "Heizung aus");
        var visitor = browser();

        var visit = visitor.get("/app/tickets/" + ticket);
        assertThat(visit.status()).isEqualTo(303);
        assertThat(visit.location()).contains("/app/login?next=%2Fapp%2Ftickets%2F" + ticket);
        var login = visitor.get(visit.location().orElseThrow());
        assertThat(login.body()).contains("name=\"next\" value=\"/app/tickets/" + ticket + "\"");

        var signedIn = visitor.post("/app/login", Map.of("csrf", login.formToken(), "email", email,
                "password", People.PASSWORD, "next", "/app/tickets/" + ticket));
        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.location()).contains("/app/tickets/" + ticket);
        assertThat(visitor.get("/app/tickets/" + ticket).body()).contains("Heizung aus");
    }

    @Test
    void sign_in_goes_on_only_to_a_path_of_this_site() {
        for (var elsewhere : new String[] {"//evil.example/app", "https://evil.example/app", "/\\evil.example",
                "javascript:alert(1)", "app/tickets"}) {
            var visitor = browser();
            var token = visitor.get("/app/login").formToken();
            var signedIn = visitor.post("/app/login", Map.of("csrf", token, "email", email,
                    "password", People.PASSWORD, "next", elsewhere));
            assertThat(signedIn.location()).as(elsewhere).contains("/app/tickets");
        }
    }

    @Test
    void a_signed_out_visit_to_the_list_or_the_workspace_s_root_goes_to_sign_in() {
        assertThat(browser().get("/app/tickets?status=NEW").location())
                .contains("/app/login?next=%2Fapp%2Ftickets%3Fstatus%3DNEW");
        assertThat(browser().get("/app").location()).contains("/app/login");
        var owner = signedIn();
        assertThat(owner.get("/app").location()).contains("/app/tickets");
    }

    @Test
    void a_form_without_the_session_s_csrf_token_is_refused_and_changes_nothing() {
        var ticket = staff.newTicket("Anna Muster", "079 123 45 67", "Heizung aus");
        var owner = signedIn();

        for (var path : new String[] {"", "/messages", "/notes"}) {
            var refused = owner.post("/app/tickets/" + ticket + path, Map.of("status", "CLOSED", "channel", "sms",
                    "text", "Hallo", "csrf", "nicht-das-token"));
            assertThat(refused.status()).as(path).isEqualTo(403);
        }

        assertThat(rows.one("SELECT status FROM tickets WHERE id = ?", UUID.fromString(ticket)))
                .containsEntry("status", "NEW");
        assertThat(rows.count("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND event_type <> 'created'",
                UUID.fromString(ticket))).isZero();
    }

    @Test
    void a_form_moves_the_ticket_and_comes_back_to_it_without_javascript() {
        var ticket = staff.newTicket("Anna Muster", "079 123 45 67", "Heizung aus");
        var owner = signedIn();
        var csrf = owner.get("/app/tickets/" + ticket).formToken();

        var moved = owner.post("/app/tickets/" + ticket, Map.of("csrf", csrf, "status", "IN_PROGRESS"));

        assertThat(moved.status()).isEqualTo(303);
        assertThat(moved.location()).contains("/app/tickets/" + ticket);
        assertThat(rows.one("SELECT status FROM tickets WHERE id = ?", UUID.fromString(ticket)))
                .containsEntry("status", "IN_PROGRESS");
        var noted = owner.post("/app/tickets/" + ticket + "/notes", Map.of("csrf", csrf, "text", "Kunde\r\nzurückrufen"));
        assertThat(noted.status()).isEqualTo(303);
        assertThat(owner.get("/app/tickets/" + ticket).body()).contains("Kunde\nzurückrufen");
    }

    @Test
    void an_invalid_value_answers_422_with_the_page_naming_the_field_and_changes_nothing() {
        var ticket = staff.newTicket("Anna Muster", "079 123 45 67", "Heizung aus");
        var owner = signedIn();
        var csrf = owner.get("/app/tickets/" + ticket).formToken();

        var refused = owner.post("/app/tickets/" + ticket, Map.of("csrf", csrf, "status", "SCHEDULED",
                "scheduled_at", "morgen"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("scheduled_at");
        var unknownFilter = owner.get("/app/tickets?status=FERTIG");
        assertThat(unknownFilter.status()).isEqualTo(422);
        assertThat(unknownFilter.body()).contains("Filter «status»");
        assertThat(owner.get("/app/tickets/kein-ticket").status()).isEqualTo(404);
        assertThat(rows.one("SELECT status FROM tickets WHERE id = ?", UUID.fromString(ticket)))
                .containsEntry("status", "NEW");
    }

    @Test
    void the_list_of_fifty_tickets_weighs_under_60_kb_and_loads_more_by_cursor() {
        for (int n = 0; n < 55; n++) {
            clock.advance(java.time.Duration.ofSeconds(1));
            staff.newTicket("Kundin " + n, "079 100 %02d %02d".formatted(n / 10, n),
                    "Heizung im Haus " + n + " macht seit gestern Abend komische Geräusche und wird nicht mehr warm");
        }
        var owner = signedIn();

        var first = owner.get("/app/tickets");

        var bytes = first.body().getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).as("bytes of the list with 50 tickets").isLessThan(60 * 1024);
        assertThat(first.body()).contains("Kundin 54", "Kundin 5<").doesNotContain("Kundin 4<").contains("Mehr laden");
        var more = java.util.regex.Pattern.compile("id=\"more\" href=\"([^\"]+)\"").matcher(first.body());
        assertThat(more.find()).isTrue();
        var second = owner.get(more.group(1).replace("&amp;", "&"));
        assertThat(second.body()).contains("Kundin 0<", "Kundin 4<").doesNotContain("Kundin 5<", "Mehr laden");
    }

    @Test
    void the_sla_badge_shows_the_time_left_turns_amber_after_the_sla_warning_and_red_when_overdue() {
        var ticket = staff.newTicket("Anna Muster", "079 123 45 67", "Heizung aus");
        var owner = signedIn();
        assertThat(badgeOf(owner.get("/app/tickets").body())).isEqualTo("sla-ok\">noch 2 Std. 0 Min.");

        clock.advance(java.time.Duration.ofMinutes(91));
        assertThat(badgeOf(owner.get("/app/tickets").body())).isEqualTo("sla-warn\">noch 29 Min.");
        assertThat(badgeOf(owner.get("/app/tickets/" + ticket).body())).isEqualTo("sla-warn\">noch 29 Min.");

        clock.advance(java.time.Duration.ofMinutes(44));
        assertThat(badgeOf(owner.get("/app/tickets").body())).isEqualTo("sla-overdue\">überfällig seit 15 Min.");
    }

    private static String badgeOf(String page) {
        var badge = java.util.regex.Pattern.compile("badge sla (sla-[a-z]+\">[^<]+)<").matcher(page);
        assertThat(badge.find()).as(page).isTrue();
        return badge.group(1);
    }

    @Test
    void the_workspace_pages_send_the_page_content_security_policy() {
        var ticket = staff.newTicket("Anna Muster", "079 123 45 67", "Heizung aus");
        var owner = signedIn();
        for (var path : new String[] {"/app/login", "/app/tickets", "/app/tickets/" + ticket}) {
            assertThat(owner.get(path).headers().get("content-security-policy")).as(path)
                    .singleElement().asString().contains("script-src 'self'").doesNotContain("unsafe-inline");
        }
    }

    private Browser signedIn() {
        var owner = browser();
        assertThat(People.signIn(owner, email, People.PASSWORD).status()).isEqualTo(303);
        return owner;
    }

    private Browser browser() {
        return new Browser(server.getURI());
    }
}
