package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.DispatchDueEmailUseCase;
import ch.opsfabric.testsupport.MutableClock;
import ch.opsfabric.testsupport.TestDatabase;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * People sign in (docs/http-api.md, People and sign-in): the owner's invitation from provisioning, passwords,
 * the lock after wrong ones, reset links, sessions that end everywhere, and CSRF refusals. E-mails go through a
 * real SMTP server (GreenMail); a second instance of the service shares the database.
 */
@MicronautTest(transactional = false)
class SigningInTest extends ServiceTest {

    private static final AtomicInteger SLUGS = new AtomicInteger();
    private static final Pattern LINK = Pattern.compile("https://ops\\.example/app/(invite|reset)/\\S+");

    private GreenMail mailServer;
    private Map<String, String> database;

    @Inject
    MutableClock clock;

    @Inject
    DispatchDueEmailUseCase emails;

    @Inject
    EmbeddedServer server;

    private Api api;
    private String email;
    private String staffToken;
    private String businessId;
    private String invitation;

    @Override
    public Map<String, String> getProperties() {
        mailServer = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
        database = TestDatabase.freshDatabase();
        var properties = new HashMap<>(database);
        properties.put("smtp.host", "127.0.0.1");
        properties.put("smtp.port", String.valueOf(mailServer.getSmtp().getPort()));
        properties.put("smtp.starttls", "false");
        properties.put("smtp.from", "opsfabric@flowsight.example");
        properties.put("app.base-url", "https://ops.example");
        return properties;
    }

    @AfterAll
    void stopMailServer() {
        mailServer.stop();
    }

    @BeforeEach
    void aNewBusiness() throws Exception {
        api = new Api(http);
        clock.set(TestClockFactory.START);
        emails.dispatchDue();
        mailServer.purgeEmailFromAllMailboxes();
        var slug = "anmelden-" + SLUGS.incrementAndGet();
        email = "Inhaberin@" + slug + ".example";
        var business = api.provision(Map.of("name", "Dörfler AG", "slug", slug, "email", email));
        staffToken = (String) business.get("staff_token");
        businessId = (String) business.get("id");
        invitation = (String) business.get("owner_invitation_url");
    }

    private Browser browser() {
        return new Browser(server.getURI());
    }

    /** The one link in the e-mails sent to {@code to} since the last look. */
    private String linkMailedTo(String to) throws Exception {
        emails.dispatchDue();
        var mails = mailServer.getReceivedMessagesForDomain(to.substring(to.indexOf('@') + 1));
        assertThat(mails).hasSize(1);
        var body = text(mails[0]);
        mailServer.purgeEmailFromAllMailboxes();
        var matcher = LINK.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group();
    }

    private static String text(MimeMessage mail) throws Exception {
        var content = mail.getContent();
        return content instanceof MimeMultipart parts ? (String) parts.getBodyPart(0).getContent() : (String) content;
    }

    private String ownerSignedIn(Browser browser) {
        People.setPassword(browser, invitation, People.PASSWORD);
        return People.csrfToken(browser);
    }

    @Test
    void the_owner_follows_the_e_mailed_invitation_sets_a_password_and_works_signed_in_as_staff_of_their_own_id() throws Exception {
        assertThat(invitation).startsWith("https://ops.example/app/invite/");
        assertThat(linkMailedTo(email)).isEqualTo(invitation);
        assertThat(rows.count("SELECT count(*) FROM staff_access_links WHERE token_hash LIKE ?",
                "%" + People.pathOf(invitation).substring("/app/invite/".length()) + "%"))
                .as("the link is stored only as its hash").isZero();

        var browser = browser();
        assertThat(browser.get(People.pathOf(invitation)).body()).contains("Legen Sie Ihr Passwort fest").contains("<form");
        var csrf = ownerSignedIn(browser);
        assertThat(browser.get("/app/tickets").body()).contains("Dörfler AG").contains("Abmelden");

        assertThat(browser.api("GET", "/api/tickets", null).status()).isEqualTo(200);
        var created = browser.api("POST", "/api/tickets", """
                {"intent": "heizung_ausfall", "contact_name": "Anna Muster", "contact_phone": "079 123 45 67",
                 "summary": "Heizung aus"}""", "X-CSRF-Token", csrf);
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        var owner = rows.one("SELECT id, password_hash, last_sign_in_at FROM staff_members WHERE customer_id = ?",
                UUID.fromString(businessId));
        assertThat((String) owner.get("password_hash")).startsWith("$argon2id$").doesNotContain(People.PASSWORD);
        assertThat(owner.get("last_sign_in_at")).isNotNull();
        assertThat(rows.list("SELECT DISTINCT actor FROM ticket_events WHERE customer_id = ?",
                UUID.fromString(businessId))).extracting(row -> row.get("actor"))
                .containsExactly("staff:" + owner.get("id"));
    }

    @Test
    void the_session_cookie_is_http_only_same_site_lax_and_secure_on_an_https_address() {
        var browser = browser();
        var answer = browser.submit(People.pathOf(invitation),
                Map.of("password", People.PASSWORD, "password_repeat", People.PASSWORD));

        assertThat(answer.setCookies()).filteredOn(cookie -> cookie.startsWith("opsfabric_session="))
                .singleElement().satisfies(cookie -> assertThat(cookie.toLowerCase())
                        .contains("httponly", "samesite=lax", "secure", "path=/"));
    }

    @Test
    void a_wrong_password_is_answered_exactly_like_an_unknown_e_mail_and_the_right_one_then_signs_in() {
        ownerSignedIn(browser());
        var wrongPassword = People.signIn(browser(), email, "falsches-Passwort");
        var unknownEmail = People.signIn(browser(), "niemand@nirgends.example", People.PASSWORD);

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(withoutFormToken(wrongPassword.body()).replace(email, "…"))
                .isEqualTo(withoutFormToken(unknownEmail.body()).replace("niemand@nirgends.example", "…"));

        var browser = browser();
        var rightPassword = People.signIn(browser, email.toLowerCase(), People.PASSWORD);
        assertThat(rightPassword.status()).isEqualTo(303);
        assertThat(browser.api("GET", "/api/tickets", null).status()).isEqualTo(200);
    }

    private static String withoutFormToken(String page) {
        return page.replaceAll("name=\"csrf\" value=\"[^\"]+\"", "");
    }

    @Test
    void five_wrong_passwords_within_15_minutes_lock_the_account_for_15_minutes_with_the_same_answer() {
        ownerSignedIn(browser());
        for (int attempt = 0; attempt < 5; attempt++) {
            clock.advance(Duration.ofMinutes(3));
            assertThat(People.signIn(browser(), email, "falsch-" + attempt).status()).isEqualTo(401);
        }

        var whileLocked = People.signIn(browser(), email, People.PASSWORD);
        assertThat(whileLocked.status()).isEqualTo(401);
        assertThat(whileLocked.body()).contains("vorübergehend gesperrt");
        clock.advance(Duration.ofMinutes(14));
        assertThat(People.signIn(browser(), email, People.PASSWORD).status()).as("still locked").isEqualTo(401);

        clock.advance(Duration.ofMinutes(1));
        assertThat(People.signIn(browser(), email, People.PASSWORD).status()).as("lock over").isEqualTo(303);
    }

    @Test
    void wrong_passwords_spread_over_more_than_15_minutes_do_not_lock() {
        ownerSignedIn(browser());
        for (int attempt = 0; attempt < 5; attempt++) {
            clock.advance(Duration.ofMinutes(4));
            People.signIn(browser(), email, "falsch-" + attempt);
        }

        assertThat(People.signIn(browser(), email, People.PASSWORD).status()).isEqualTo(303);
    }

    @Test
    void a_reset_link_is_mailed_works_once_and_ends_the_other_sessions() throws Exception {
        var before = browser();
        ownerSignedIn(before);
        linkMailedTo(email);
        var forgot = browser().submit("/app/forgot", Map.of("email", email));
        assertThat(forgot.body()).contains("Falls zu dieser Adresse ein Konto besteht");
        var reset = linkMailedTo(email);
        assertThat(reset).startsWith("https://ops.example/app/reset/");

        var browser = browser();
        People.setPassword(browser, reset, "Neues-Passwort-2026");

        assertThat(browser().get(People.pathOf(reset)).status()).as("used once").isEqualTo(404);
        assertThat(before.api("GET", "/api/tickets", null).status()).as("the session before").isEqualTo(401);
        assertThat(browser.api("GET", "/api/tickets", null).status()).isEqualTo(200);
        assertThat(People.signIn(browser(), email, People.PASSWORD).status()).isEqualTo(401);
        assertThat(People.signIn(browser(), email, "Neues-Passwort-2026").status()).isEqualTo(303);
    }

    @Test
    void a_reset_link_expires_after_one_hour() throws Exception {
        ownerSignedIn(browser());
        linkMailedTo(email);
        browser().submit("/app/forgot", Map.of("email", email));
        var reset = linkMailedTo(email);

        clock.advance(Duration.ofMinutes(59));
        assertThat(browser().get(People.pathOf(reset)).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        assertThat(browser().get(People.pathOf(reset)).status()).isEqualTo(404);
        var late = browser().submit("/app/forgot", Map.of("email", email));
        assertThat(late.status()).isEqualTo(200);
    }

    @Test
    void an_unknown_address_asking_for_a_reset_gets_the_same_page_and_no_mail() {
        var answer = browser().submit("/app/forgot", Map.of("email", "niemand@nirgends.example"));

        assertThat(answer.body()).contains("Falls zu dieser Adresse ein Konto besteht");
        emails.dispatchDue();
        assertThat(mailServer.getReceivedMessagesForDomain("nirgends.example")).isEmpty();
    }

    @Test
    void the_invitation_expires_after_72_hours() {
        clock.advance(Duration.ofHours(72));

        assertThat(browser().get(People.pathOf(invitation)).status()).isEqualTo(404);
        var late = browser().post(People.pathOf(invitation), Map.of());
        assertThat(late.status()).isEqualTo(403);
    }

    @Test
    void a_fresh_owner_invitation_from_the_operator_replaces_the_older_one() {
        var fresh = api.send(HttpRequest.POST("/api/admin/customers/" + businessId + "/owner-invitation", "")
                .bearerAuth(Api.ADMIN_TOKEN));

        assertThat(fresh.status()).isEqualTo(201);
        var link = (String) fresh.body().get("owner_invitation_url");
        assertThat(link).startsWith("https://ops.example/app/invite/").isNotEqualTo(invitation);
        assertThat(browser().get(People.pathOf(invitation)).status()).as("the older link").isEqualTo(404);
        People.setPassword(browser(), link, People.PASSWORD);
        assertThat(api.send(HttpRequest.POST("/api/admin/customers/" + UUID.randomUUID() + "/owner-invitation", "")
                .bearerAuth(Api.ADMIN_TOKEN)).status()).isEqualTo(404);
    }

    @Test
    void signing_out_ends_the_session() {
        var browser = browser();
        ownerSignedIn(browser);
        var session = browser.cookie("opsfabric_session").orElseThrow();
        var home = browser.get("/app/tickets");

        var out = browser.post("/app/logout", Map.of("csrf", home.formToken()));

        assertThat(out.status()).isEqualTo(303);
        assertThat(browser.cookie("opsfabric_session")).isEmpty();
        var keptTheOldCookie = browser().withCookie("opsfabric_session", session);
        assertThat(keptTheOldCookie.api("GET", "/api/tickets", null).status()).isEqualTo(401);
        assertThat(keptTheOldCookie.get("/app").status()).isEqualTo(303);
    }

    @Test
    void a_signed_in_change_without_the_session_s_csrf_header_is_refused_and_changes_nothing() {
        var browser = browser();
        ownerSignedIn(browser);

        var withoutHeader = browser.api("POST", "/api/tokens", "{\"name\": \"kasse\"}");
        var wrongHeader = browser.api("POST", "/api/tokens", "{\"name\": \"kasse\"}", "X-CSRF-Token", "geraten");

        assertThat(withoutHeader.status()).isEqualTo(403);
        assertThat(withoutHeader.body()).contains("X-CSRF-Token");
        assertThat(wrongHeader.status()).isEqualTo(403);
        assertThat(rows.count("SELECT count(*) FROM staff_tokens WHERE customer_id = ?", UUID.fromString(businessId)))
                .isEqualTo(1);
    }

    @Test
    void a_form_post_without_the_visitor_s_form_token_is_refused() {
        ownerSignedIn(browser());
        var browser = browser();
        browser.get("/app/login");

        var forged = browser.post("/app/login", Map.of("email", email, "password", People.PASSWORD,
                "csrf", "von-einer-anderen-seite"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(browser.cookie("opsfabric_session")).isEmpty();
        assertThat(People.signIn(browser, email, People.PASSWORD).status()).as("with the page's token").isEqualTo(303);
    }

    @Test
    void sign_out_deactivation_and_a_new_password_are_honoured_by_a_second_instance_at_once() {
        try (var second = SeparateService.start(new HashMap<>(database))) {
            var here = browser();
            ownerSignedIn(here);
            var there = here.sameCookiesAt(second.uri());
            assertThat(there.api("GET", "/api/tickets", null).status()).as("signed in here, known there")
                    .isEqualTo(200);

            var memberLink = People.invite(api, staffToken, "Beat Keller", "beat@keller.example", "staff");
            var member = browser();
            People.setPassword(member, memberLink, People.PASSWORD);
            var memberThere = member.sameCookiesAt(second.uri());
            assertThat(memberThere.api("GET", "/api/tickets", null).status()).isEqualTo(200);
            var memberId = rows.one("SELECT id FROM staff_members WHERE email = 'beat@keller.example'").get("id");
            var deactivated = api.send(HttpRequest.PATCH("/api/staff-members/" + memberId, Map.of("active", false))
                    .bearerAuth(staffToken));
            assertThat(deactivated.status()).isEqualTo(200);
            assertThat(memberThere.api("GET", "/api/tickets", null).status()).as("deactivated").isEqualTo(401);

            here.post("/app/logout", Map.of("csrf", here.get("/app/tickets").formToken()));
            assertThat(there.api("GET", "/api/tickets", null).status()).as("signed out here").isEqualTo(401);
        }
    }
}
