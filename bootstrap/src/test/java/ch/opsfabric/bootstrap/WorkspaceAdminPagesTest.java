package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import ch.opsfabric.bootstrap.browser.Browser;
import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The report and settings pages in a real Chromium with JavaScript (htmx) on, at 360 px and 1440 px: an owner
 * invites a person who then signs in, staff are kept out of the settings, the report draws its three charts, and
 * axe-core finds nothing serious. Screenshots land in {@code bootstrap/target/screenshots/}.
 */
@MicronautTest(transactional = false)
class WorkspaceAdminPagesTest extends BrowserPageTest {

    private static final AtomicInteger SLUGS = new AtomicInteger();
    private static final Map<String, Dimension> WIDTHS = Map.of("360", Browser.PHONE, "1440", Browser.DESKTOP);

    @Inject
    EmbeddedServer server;

    @Inject
    MutableClock clock;

    @Inject
    DispatchDueSmsUseCase dispatcher;

    private Api api;
    private String slug;
    private String ownerInvitation;
    private String staffToken;
    private String smsNumber;

    @BeforeEach
    void newBusiness() {
        clock.set(TestClockFactory.START);
        api = new Api(http);
        slug = "bericht-" + SLUGS.incrementAndGet();
        smsNumber = "+4143700%04d".formatted(SLUGS.get());
        var business = api.provision(Map.of("name", "Dörfler AG", "slug", slug, "email", "info@" + slug + ".example",
                "sms_number", smsNumber));
        ownerInvitation = (String) business.get("owner_invitation_url");
        staffToken = (String) business.get("staff_token");
        browser.newSession().size(Browser.PHONE);
    }


    /** A month with calls: two missed ones, each texted, one answered by SMS, and one call taken. */
    private void callsOfTheMonth() {
        var number = smsNumber;
        for (var caller : new String[] {"+41791110001", "+41791110002"}) {
            call("CA-" + caller + slug, caller, number, "no-answer");
        }
        call("CA-taken-" + slug, "+41791110003", number, "completed");
        clock.advance(Duration.ofSeconds(45));
        dispatcher.dispatchDue();
        clock.advance(Duration.ofMinutes(3));
        call("SM-" + slug, "+41791110001", number, "sms:Heizung bleibt kalt, bitte zurückrufen");
    }

    private void call(String sid, String from, String to, String outcome) {
        var fields = outcome.startsWith("sms:") ? Telephony.sms(sid, from, to, outcome.substring(4))
                : Telephony.call(sid, from, to, outcome);
        var path = outcome.startsWith("sms:") ? "/api/webhook/sms-reply" : "/api/webhook/missed-call";
        assertThat(api.sendForText(Telephony.form(path, fields)).status()).as(path).isEqualTo(200);
    }

    private String url(String path) {
        return server.getURI().resolve(path).toString();
    }

    private void setPassword(String link) {
        browser.open(url(URI.create(link).getPath()));
        browser.type("password", People.PASSWORD).type("password_repeat", People.PASSWORD)
                .click("button[type=submit]").waitForText("Abmelden");
    }

    /** Screenshots at both widths, and axe-core's serious or critical findings at each. */
    private void lookAt(String name) {
        for (var width : WIDTHS.entrySet()) {
            browser.size(width.getValue());
            assertThat(browser.accessibilityViolations()).as(name + " at " + width.getKey()).isEmpty();
            browser.screenshot(name + "-" + width.getKey());
        }
        browser.size(Browser.PHONE);
    }

    @Test
    void an_owner_invites_a_staff_member_on_the_settings_page_who_follows_the_link_sets_a_password_and_is_signed_in() {
        setPassword(ownerInvitation);
        browser.open(url("/app/settings"));
        assertThat(browser.text()).contains("Einstellungen", "Personen", "API-Tokens", "Ruhezeiten");
        lookAt("einstellungen");

        browser.type("sla_response_minutes", "0").type("google_review_link", "http://unsicher.example")
                .click("#business-form button[type=submit]").waitForText("Nichts wurde gespeichert.");
        assertThat(browser.find("#sla_response_minutes").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text()).contains("Der Link muss mit https:// beginnen");
        lookAt("einstellungen-fehler");

        browser.open(url("/app/settings"));
        browser.type("name", "Marco Keller").type("email", "marco@" + slug + ".example")
                .click("#invite-form button[type=submit]").waitForText("Einladung erstellt");
        var link = browser.find("#invitation-link").getAttribute("href");
        lookAt("einladung-erstellt");

        browser.open(url("/app/settings"));
        browser.find("#token-name").sendKeys("Buchhaltung");
        browser.click("#token-form button[type=submit]").waitForText("API-Token erstellt");
        assertThat(browser.find("#token-secret").getText()).isNotBlank();
        lookAt("token-erstellt");

        browser.newSession();
        setPassword(link);
        // Signed in, the workspace's navigation; a staff member's has no settings.
        assertThat(browser.text()).contains("Dörfler AG", "Abmelden").doesNotContain("Einstellungen");
        assertThat(rows.one("SELECT last_sign_in_at FROM staff_members WHERE email = ?", "marco@" + slug + ".example")
                .get("last_sign_in_at")).isNotNull();
    }

    @Test
    void staff_who_open_the_settings_see_that_only_owners_may() {
        var link = People.invite(api, staffToken, "Marco Keller", "marco@" + slug + ".example", "staff");
        setPassword(link);

        browser.open(url("/app/settings"));

        assertThat(browser.text()).contains("Kein Zugriff", "nur Inhaberinnen und Inhaber");
        assertThat(browser.findAll("form[action^='/app/settings']")).isEmpty();
        lookAt("einstellungen-kein-zugriff");
    }

    @Test
    void the_report_page_shows_the_month_s_three_charts_with_their_numbers_and_switches_months() {
        var days = new int[] {3, 3, 11, 24};
        for (var i = 0; i < days.length; i++) {
            clock.set(TestClockFactory.START.withDayOfMonth(days[i]).plus(Duration.ofMinutes(i)));
            var answer = api.postTicket(Map.of("customer_slug", slug, "contact_phone", "079 123 45 6" + i,
                    "contact_name", "Anna Muster", "summary", "Heizung aus", "consent", true));
            assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        }
        clock.set(TestClockFactory.START);
        callsOfTheMonth();
        setPassword(ownerInvitation);

        browser.open(url("/app/report?month=2026-11"));

        assertThat(browser.text()).contains("Bericht November 2026", "Tickets pro Tag", "Verpasste Anrufe",
                "Bewertungen");
        assertThat(browser.findAll("svg.chart")).hasSize(3);
        assertThat(browser.findAll("#chart-days rect.bar")).hasSize(30);
        assertThat(browser.findAll("#chart-missed-calls text.funnel-count")).extracting(WebElement::getText)
                .startsWith("3", "2", "2", "1");
        lookAt("bericht");

        browser.click("a[rel=prev]").waitForText("Bericht Oktober 2026");
        assertThat(browser.findAll("#chart-days rect.bar")).hasSize(31);
    }
}
