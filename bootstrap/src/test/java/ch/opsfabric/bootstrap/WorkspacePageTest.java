package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.bootstrap.browser.Browser;
import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff workspace in a real Chromium with JavaScript: signing in, the live ticket list, a ticket's page with
 * its moves, appointment and reply counter, and axe-core at the phone and the desktop width. Screenshots of every
 * page land in {@code bootstrap/target/screenshots/workspace-*}.
 */
@MicronautTest(transactional = false)
class WorkspacePageTest extends BrowserPageTest {

    private static final AtomicInteger SLUGS = new AtomicInteger();
    private static final AtomicInteger PHONES = new AtomicInteger();

    @Inject
    EmbeddedServer server;

    @Inject
    MutableClock clock;

    private Api api;
    private String slug;
    private String email;
    private String staffToken;

    @BeforeEach
    void aBusinessWhoseOwnerHasAPassword() {
        clock.set(TestClockFactory.START);
        api = new Api(http);
        slug = "werkstatt-" + SLUGS.incrementAndGet();
        email = "inhaberin@" + slug + ".example";
        var business = api.provision(Map.of("name", "Dörfler AG", "slug", slug, "email", email,
                "phone", "044 443 52 00", "canton", "zh"));
        staffToken = (String) business.get("staff_token");
        People.setPassword(new ch.opsfabric.bootstrap.Browser(server.getURI()),
                (String) business.get("owner_invitation_url"), People.PASSWORD);
        browser.newSession().size(Browser.PHONE);
    }

    @Test
    void signing_in_with_a_wrong_password_is_refused_and_with_the_right_one_opens_the_ticket_list() {
        browser.open(url("/app/login"));
        shoot("workspace-anmelden");
        browser.type("email", email).type("password", "falsches-Passwort-1").click("button[type=submit]")
                .waitForText("stimmen nicht");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/app/login");
        shoot("workspace-anmelden-fehler");

        browser.type("password", People.PASSWORD).click("button[type=submit]").waitForText("Mir zugewiesen");

        assertThat(browser.driver().getCurrentUrl()).endsWith("/app/tickets");
        assertThat(browser.text()).contains("Dörfler AG", "Tickets", "Bericht", "Einstellungen", "Abmelden");
    }

    @Test
    void the_invitation_and_the_forgotten_password_pages_wear_the_workspace_layout() {
        browser.open(url("/app/forgot"));
        assertThat(browser.find("header.bar").getText()).contains("OpsFabric");
        shoot("workspace-passwort-vergessen");
        var invitation = People.invite(api, staffToken, "Beat Keller", "beat@" + slug + ".example", "staff");
        browser.open(url(People.pathOf(invitation)));
        assertThat(browser.text()).contains("Willkommen bei OpsFabric", "Passwort wiederholen");
        shoot("workspace-einladung");
    }

    @Test
    void a_ticket_posted_through_the_api_appears_in_the_open_list_within_a_second_without_a_reload() {
        signIn();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(By.id("ticket-list"), "data-live", "open"));
        browser.driver().executeScript("window.notReloaded = true;");

        postTicket("Carla Live", "Heizung gibt seltsame Geräusche von sich");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(1))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("ticket-list"), "Carla Live"));
        assertThat(browser.driver().executeScript("return window.notReloaded === true;")).isEqualTo(true);
        assertThat(browser.find("#ticket-list").getText()).contains("Neu", "noch ");
    }

    @Test
    void moving_a_new_ticket_to_scheduled_with_an_appointment_queues_the_customer_s_sms() {
        var ticketId = postTicket("Anna Termin", "Boiler tropft");
        signIn();
        browser.open(url("/app/tickets/" + ticketId));
        assertThat(browser.findAll("form.move button")).extracting(button -> button.getDomAttribute("data-status"))
                .containsExactlyInAnyOrder("NEEDS_CALLBACK", "IN_PROGRESS", "DONE", "CLOSED");

        browser.driver().executeScript("document.getElementById('scheduled_at').value = '2026-11-26T14:30';");
        browser.click("#schedule button[type=submit]").waitForText("Termin verschieben");

        assertThat(browser.find("#status").getText()).isEqualTo("Termin vereinbart");
        assertThat(browser.find("#appointment").getText()).isEqualTo("Do 26.11. 14:30");
        assertThat(rows.one("SELECT body FROM outbound_sms WHERE ticket_id = ? AND purpose = 'appointment'",
                UUID.fromString(ticketId)).get("body")).asString().contains("Do 26.11. 14:30");
        var owner = (String) rows.one("SELECT name FROM staff_members WHERE lower(email) = ?", email).get("name");
        assertThat(browser.find(".timeline").getText()).contains("Status geändert (Neu → Termin vereinbart)", owner);
        assertThat(browser.findAll("form.move button")).extracting(button -> button.getDomAttribute("data-status"))
                .doesNotContain("NEW", "SCHEDULED");
    }

    @Test
    void the_reply_counter_shows_a_second_sms_segment_at_the_161st_gsm_7_character_and_the_server_judges_the_text() {
        var ticketId = postTicket("Dario Zähler", "Dusche läuft nicht ab");
        signIn();
        browser.open(url("/app/tickets/" + ticketId));

        browser.find("#reply-text").sendKeys("a".repeat(160));
        assertThat(browser.find("#sms-counter").getText()).startsWith("160 Zeichen (GSM-7), 1 SMS-Teil");
        browser.find("#reply-text").sendKeys("a");
        assertThat(browser.find("#sms-counter").getText()).startsWith("161 Zeichen (GSM-7), 2 SMS-Teile");
        browser.type("text", "€".repeat(80));
        assertThat(browser.find("#sms-counter").getText()).startsWith("160 Zeichen (GSM-7), 1 SMS-Teil");
        browser.type("text", "ê" + "a".repeat(70));
        assertThat(browser.find("#sms-counter").getText()).startsWith("71 Zeichen (UCS-2), 2 SMS-Teile");

        browser.type("text", "€".repeat(300)).click("form.reply button[type=submit]").waitForText("Nicht ausgeführt");
        assertThat(browser.find("#error").getText()).contains("text", "4 SMS segments");

        browser.type("text", "Guten Tag, wir kommen morgen um 8 Uhr vorbei.").click("form.reply button[type=submit]")
                .waitForText("Guten Tag, wir kommen morgen");
        assertThat(browser.find(".timeline").getText()).contains("Nachricht an die Kundschaft");
        assertThat(rows.count("SELECT count(*) FROM outbound_sms WHERE ticket_id = ? AND body LIKE 'Guten Tag%'",
                UUID.fromString(ticketId))).isEqualTo(1);
    }

    @Test
    void the_routing_e_mail_s_link_opens_the_ticket_after_sign_in() {
        var ticketId = postTicket("Emil Link", "Heizung aus");
        browser.open(url("/app/tickets/" + ticketId));
        assertThat(browser.driver().getCurrentUrl()).contains("/app/login?next=");

        browser.type("email", email).type("password", People.PASSWORD).click("button[type=submit]")
                .waitForText("Heizung aus");

        assertThat(browser.driver().getCurrentUrl()).endsWith("/app/tickets/" + ticketId);
    }

    @Test
    void list_and_detail_have_no_serious_or_critical_accessibility_violation_at_360_and_1440_px() {
        var ticketId = postTicket("Anna Muster", "Wasserhahn tropft in der Küche, bitte rasch anrufen");
        postTicket("Beat Keller", "Offerte für ein neues Badezimmer im Obergeschoss");
        signIn();
        for (var size : Map.of("360", Browser.PHONE, "1440", Browser.DESKTOP).entrySet()) {
            browser.size(size.getValue()).open(url("/app/tickets"));
            assertThat(browser.accessibilityViolations()).as("list at " + size.getKey()).isEmpty();
            browser.screenshot("workspace-liste-" + size.getKey());
            browser.open(url("/app/tickets/" + ticketId));
            assertThat(browser.accessibilityViolations()).as("detail at " + size.getKey()).isEmpty();
            browser.screenshot("workspace-ticket-" + size.getKey());
        }
    }

    private void signIn() {
        browser.open(url("/app/login")).type("email", email).type("password", People.PASSWORD)
                .click("button[type=submit]").waitForText("Mir zugewiesen");
    }

    private String postTicket(String name, String summary) {
        var body = new HashMap<>(Api.wizardPost(slug));
        body.put("contact_name", name);
        body.put("contact_phone", "079 555 %02d %02d".formatted(SLUGS.get() % 100, PHONES.incrementAndGet() % 100));
        body.remove("contact_email");
        body.put("summary", summary);
        var answer = api.postTicket(body);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return (String) answer.body().get("ticket_id");
    }

    private void shoot(String name) {
        browser.size(Browser.PHONE);
        browser.screenshot(name + "-360");
        browser.size(Browser.DESKTOP);
        browser.screenshot(name + "-1440");
        browser.size(Browser.PHONE);
    }

    private String url(String path) {
        return server.getURI().resolve(path).toString();
    }
}
