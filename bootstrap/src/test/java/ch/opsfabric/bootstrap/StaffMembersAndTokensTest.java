package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Owners manage their business's people and API tokens (docs/http-api.md, People and sign-in): staff are refused,
 * a business keeps an active owner, e-mail addresses are unique per business, revoked tokens open nothing.
 */
@MicronautTest(transactional = false)
class StaffMembersAndTokensTest extends ServiceTest {

    private static final AtomicInteger SLUGS = new AtomicInteger();

    @Inject
    EmbeddedServer server;

    @Inject
    MutableClock clock;

    private Api api;
    private String token;
    private UUID businessId;
    private String ownerEmail;

    @BeforeEach
    void aNewBusiness() {
        api = new Api(http);
        clock.set(TestClockFactory.START);
        var slug = "leute-" + SLUGS.incrementAndGet();
        ownerEmail = "info@" + slug + ".example";
        var business = api.provision(Map.of("name", "Dörfler AG", "slug", slug, "email", ownerEmail));
        token = (String) business.get("staff_token");
        businessId = UUID.fromString((String) business.get("id"));
    }

    private Api.Answer send(MutableHttpRequest<?> request) {
        return api.send(request.bearerAuth(token));
    }

    private List<Map<String, Object>> listOf(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private String ownerId() {
        return rows.one("SELECT id FROM staff_members WHERE customer_id = ? AND role = 'owner'", businessId)
                .get("id").toString();
    }

    @Test
    void provisioning_makes_the_business_e_mail_its_owner_and_its_token_the_first_named_provisioning() {
        assertThat(listOf("/api/staff-members")).singleElement().satisfies(owner -> assertThat(owner)
                .containsEntry("email", ownerEmail).containsEntry("role", "owner").containsEntry("active", true)
                .containsEntry("name", "Dörfler AG").doesNotContainKey("invitation_url"));
        assertThat(listOf("/api/tokens")).singleElement().satisfies(first -> assertThat(first)
                .containsEntry("name", "provisioning").containsKeys("id", "created_at").doesNotContainKey("token"));
    }

    @Test
    void an_owner_invites_a_member_whose_answer_carries_the_invitation_once() {
        var invited = send(HttpRequest.POST("/api/staff-members",
                Map.of("name", "Beat Keller", "email", "beat@keller.example")));

        assertThat(invited.status()).isEqualTo(201);
        assertThat(invited.body()).containsEntry("role", "staff").containsEntry("active", true)
                .containsEntry("email", "beat@keller.example");
        assertThat((String) invited.body().get("invitation_url")).startsWith("http://localhost:8080/app/invite/");
        assertThat(listOf("/api/staff-members")).hasSize(2).allSatisfy(member ->
                assertThat(member).doesNotContainKey("invitation_url"));
        assertThat(rows.count("SELECT count(*) FROM outbound_email WHERE customer_id = ? AND purpose = "
                + "'staff_invitation' AND to_address = 'beat@keller.example'", businessId)).isEqualTo(1);
    }

    @Test
    void an_e_mail_address_names_one_person_per_business_whatever_its_case() {
        var taken = send(HttpRequest.POST("/api/staff-members",
                Map.of("name", "Zweite Inhaberin", "email", ownerEmail.toUpperCase())));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).containsEntry("field", "email");
        assertThat(rows.count("SELECT count(*) FROM staff_members WHERE customer_id = ?", businessId)).isEqualTo(1);
        assertThat(rows.count("SELECT count(*) FROM outbound_email WHERE customer_id = ? AND purpose = "
                + "'staff_invitation'", businessId)).as("no invitation for the refused one").isEqualTo(1);
    }

    @Test
    void a_business_keeps_at_least_one_active_owner() {
        var demoted = send(HttpRequest.PATCH("/api/staff-members/" + ownerId(), Map.of("role", "staff")));
        var deactivated = send(HttpRequest.PATCH("/api/staff-members/" + ownerId(), Map.of("active", false)));

        assertThat(demoted.status()).isEqualTo(409);
        assertThat(demoted.body()).containsEntry("field", "role");
        assertThat((String) demoted.body().get("message")).contains("at least one active owner");
        assertThat(deactivated.status()).isEqualTo(409);
        assertThat(deactivated.body()).containsEntry("field", "active");

        var firstOwner = ownerId();
        People.invite(api, token, "Zweite Inhaberin", "zweite@doerfler.example", "owner");
        var now = send(HttpRequest.PATCH("/api/staff-members/" + firstOwner, Map.of("role", "staff", "name", "Ex")));
        assertThat(now.status()).as("with a second owner").isEqualTo(200);
        assertThat(now.body()).containsEntry("role", "staff").containsEntry("name", "Ex");
    }

    @Test
    void staff_are_refused_the_owner_s_routes_with_403() {
        var link = People.invite(api, token, "Beat Keller", "beat@keller.example", "staff");
        var staff = new Browser(server.getURI());
        People.setPassword(staff, link, People.PASSWORD);
        var csrf = People.csrfToken(staff);

        assertThat(staff.api("GET", "/api/tickets", null).status()).isEqualTo(200);
        assertThat(staff.api("GET", "/api/staff-members", null).status()).isEqualTo(403);
        assertThat(staff.api("POST", "/api/staff-members", "{\"name\": \"X\", \"email\": \"x@y.example\"}",
                "X-CSRF-Token", csrf).status()).isEqualTo(403);
        assertThat(staff.api("PATCH", "/api/staff-members/" + ownerId(), "{\"active\": false}",
                "X-CSRF-Token", csrf).status()).isEqualTo(403);
        assertThat(staff.api("GET", "/api/tokens", null).status()).isEqualTo(403);
        assertThat(staff.api("POST", "/api/tokens", "{\"name\": \"x\"}", "X-CSRF-Token", csrf).status())
                .isEqualTo(403);
        assertThat(rows.count("SELECT count(*) FROM staff_members WHERE customer_id = ?", businessId)).isEqualTo(2);
        assertThat(rows.count("SELECT count(*) FROM staff_tokens WHERE customer_id = ?", businessId)).isEqualTo(1);
    }

    @Test
    void a_token_is_shown_once_works_by_its_name_and_is_refused_once_revoked() {
        clock.advance(Duration.ofMinutes(1));
        var created = send(HttpRequest.POST("/api/tokens", Map.of("name", "kasse")));
        assertThat(created.status()).isEqualTo(201);
        var secret = (String) created.body().get("token");
        var id = (String) created.body().get("id");
        assertThat(listOf("/api/tokens")).extracting(listed -> listed.get("name"))
                .containsExactly("provisioning", "kasse");
        assertThat(listOf("/api/tokens").toString()).doesNotContain(secret);

        var kasse = new StaffApi(api, secret);
        var ticket = kasse.newTicket("Anna Muster", "079 123 45 67", "Boiler");
        assertThat(rows.one("SELECT actor FROM ticket_events WHERE ticket_id = ?", UUID.fromString(ticket)))
                .containsEntry("actor", "token:kasse");

        assertThat(send(HttpRequest.DELETE("/api/tokens/" + id)).status()).isEqualTo(204);
        assertThat(kasse.list().status()).isEqualTo(401);
        assertThat(send(HttpRequest.DELETE("/api/tokens/" + id)).status()).as("twice").isEqualTo(404);
        assertThat(listOf("/api/tokens")).extracting(listed -> listed.get("name")).containsExactly("provisioning");
    }

    @Test
    void a_second_active_token_of_the_same_name_is_refused() {
        var twice = send(HttpRequest.POST("/api/tokens", Map.of("name", "provisioning")));

        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).containsEntry("field", "name");
    }

    @Test
    void a_person_at_two_businesses_signs_into_the_one_their_password_opens() {
        var other = api.provision(Map.of("name", "Brunner GmbH", "slug", "zweit-" + SLUGS.incrementAndGet(),
                "email", "info@brunner.example"));
        var here = People.invite(api, token, "Beat Keller", "beat@keller.example", "staff");
        var there = People.invite(api, (String) other.get("staff_token"), "Beat Keller", "Beat@Keller.example",
                "owner");
        People.setPassword(new Browser(server.getURI()), here, "Passwort-bei-Doerfler");
        People.setPassword(new Browser(server.getURI()), there, "Passwort-bei-Brunner");

        assertThat(businessSignedInto("Passwort-bei-Doerfler")).isEqualTo(businessId.toString());
        assertThat(businessSignedInto("Passwort-bei-Brunner")).isEqualTo(other.get("id"));
        assertThat(People.signIn(new Browser(server.getURI()), "beat@keller.example", "Passwort-bei-Keinem").status())
                .isEqualTo(401);
    }

    private String businessSignedInto(String password) {
        var browser = new Browser(server.getURI());
        assertThat(People.signIn(browser, "beat@keller.example", password).status()).isEqualTo(303);
        var me = browser.api("GET", "/api/me", null).body();
        return me.replaceAll(".*\"business_id\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void no_or_a_wrong_credential_is_answered_401_on_every_people_route() {
        for (var request : List.<HttpRequest<?>>of(HttpRequest.GET("/api/staff-members"), HttpRequest.GET("/api/tokens"),
                HttpRequest.GET("/api/me"), HttpRequest.POST("/api/tokens", Map.of("name", "x")),
                HttpRequest.DELETE("/api/tokens/" + UUID.randomUUID()))) {
            assertThat(api.send(request).status()).as(request.toString()).isEqualTo(401);
        }
        assertThat(api.send(HttpRequest.GET("/api/me").bearerAuth("falsch")).status()).isEqualTo(401);
        var signedOut = new Browser(server.getURI()).withCookie("opsfabric_session", "erfunden");
        assertThat(signedOut.api("GET", "/api/staff-members", null).status()).isEqualTo(401);
    }
}
