package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.bootstrap.browser.Browser;
import ch.opsfabric.domain.time.GermanTime;
import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The wizard {@code /{slug}/anfrage} in a real Chromium with JavaScript (htmx) on, at the phone width: each
 * flow of a Handwerk business from the first page to the thank-you page, through the same intake as
 * {@code POST /api/ticket}. Screenshots land in {@code bootstrap/target/screenshots/}.
 */
@MicronautTest(transactional = false)
class CustomerWizardPageTest extends BrowserPageTest {

    private static final AtomicInteger SLUGS = new AtomicInteger();

    @Inject
    EmbeddedServer server;

    @Inject
    MutableClock clock;

    private Api api;
    private String slug;
    private String staffToken;

    @BeforeEach
    void newBusiness() {
        clock.set(TestClockFactory.START);
        api = new Api(http);
        slug = "sanitaer-" + SLUGS.incrementAndGet();
        staffToken = (String) api.provision(handwerk(slug)).get("staff_token");
        browser.newSession().size(Browser.PHONE);
    }

    static Map<String, Object> handwerk(String slug) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("name", "Dörfler AG");
        fields.put("slug", slug);
        fields.put("email", "info@doerfler.example");
        fields.put("phone", "044 443 52 00");
        fields.put("canton", "zh");
        fields.put("profile", "handwerk");
        fields.put("config", Map.of("intents", List.of("notfall", "standard", "offerte", "Sanitär", "Heizung")));
        return fields;
    }

    @Test
    void a_notfall_refused_for_a_field_keeps_what_was_typed_and_then_files_an_urgent_ticket_and_names_the_promised_time() {
        browser.open(url("/anfrage"));
        assertThat(browser.text()).contains("Wie können wir helfen?", "Notfall", "Reparatur oder Auftrag", "Offerte");
        browser.screenshot("wizard-auswahl-360");

        browser.click("a.choice.urgent").waitForText("Sicherheitshinweis");
        assertThat(browser.text()).contains("Gasgeruch", "Sofort erreichen Sie uns unter 044 443 52 00");
        browser.screenshot("wizard-notfall-360");
        browser.type("problem", "Wasserleitung im Keller geplatzt").type("plz", "80")
                .type("name", "Anna Muster").type("telefon", "079 123 45 67");
        browser.click("button.primary").waitForText("Bitte prüfen Sie Ihre Angaben");

        assertThat(browser.text()).contains("Bitte geben Sie eine vierstellige Postleitzahl an",
                "Bitte bestätigen Sie, dass wir Sie kontaktieren dürfen.");
        assertThat(browser.find("#problem").getAttribute("value")).isEqualTo("Wasserleitung im Keller geplatzt");
        assertThat(browser.find("#plz").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(rows.one("SELECT count(*) AS n FROM tickets WHERE dedupe_key LIKE ?", tenantKey()))
                .containsEntry("n", 0L);
        browser.screenshot("wizard-notfall-fehler-360");

        browser.type("plz", "8001").click("#einwilligung").click("button.primary").waitForText("Vielen Dank!");

        var ticket = onlyTicket();
        assertThat(ticket).containsEntry("urgency", "HIGH").containsEntry("intent", "notfall")
                .containsEntry("source", "wizard").containsEntry("contact_phone", "+41791234567");
        assertThat((String) ticket.get("summary")).contains("Wasserleitung im Keller geplatzt", "PLZ: 8001");
        assertThat(browser.text()).contains("Wir melden uns bis " + promised(ticket) + ".");
        assertThat(browser.driver().getCurrentUrl()).contains("/" + slug + "/anfrage/danke");
        browser.screenshot("wizard-danke-360");
    }

    @Test
    void the_standard_flow_asks_category_then_details_then_contact_and_files_a_ticket_of_medium_urgency() {
        browser.open(url("/anfrage?flow=standard"));
        assertThat(browser.text()).contains("Schritt 1 von 3", "Sanitär", "Heizung");
        browser.screenshot("wizard-standard-1-360");
        browser.click("label[for='kategorie-1']").click("button.primary").waitForText("Schritt 2 von 3");

        browser.click("button.primary").waitForText("Bitte prüfen Sie Ihre Angaben");
        assertThat(browser.text()).contains("Bitte füllen Sie «Beschreibung» aus.", "Schritt 2 von 3");
        browser.screenshot("wizard-standard-2-fehler-360");
        browser.type("beschreibung", "Heizung wird nicht mehr warm").type("plz", "8004").type("ort", "Zürich")
                .click("button.primary").waitForText("Schritt 3 von 3");
        browser.click("button.secondary").waitForText("Schritt 2 von 3");
        assertThat(browser.find("#beschreibung").getAttribute("value")).isEqualTo("Heizung wird nicht mehr warm");
        browser.click("button.primary").waitForText("Schritt 3 von 3");
        browser.screenshot("wizard-standard-3-360");

        browser.type("name", "Beat Keller").type("email", "beat@example.ch").click("#einwilligung")
                .click("button.primary").waitForText("Vielen Dank!");

        var ticket = onlyTicket();
        assertThat(ticket).containsEntry("urgency", "MED").containsEntry("intent", "standard")
                .containsEntry("contact_email", "beat@example.ch");
        assertThat((String) ticket.get("metadata")).contains("\"kategorie\": \"Heizung\"", "\"plz\": \"8004\"");
        assertThat(browser.text()).contains("Wir melden uns bis heute 12:00.");
    }

    @Test
    void the_offerte_flow_asks_for_the_project_and_files_a_ticket_of_low_urgency() {
        browser.open(url("/anfrage?flow=offerte"));
        browser.type("projekt", "Badumbau").type("beschreibung", "Dusche statt Badewanne, 6 m²")
                .type("plz", "8600").type("zeitraum", "Frühling 2027").click("button.primary")
                .waitForText("Schritt 2 von 2");
        browser.type("name", "Clara Frei").type("telefon", "079 765 43 21").click("#einwilligung")
                .click("button.primary").waitForText("Vielen Dank!");

        var ticket = onlyTicket();
        assertThat(ticket).containsEntry("urgency", "LOW").containsEntry("intent", "offerte");
        assertThat((String) ticket.get("summary")).contains("Art des Projekts: Badumbau", "Zeitraum: Frühling 2027");
        assertThat(browser.text()).contains("Wir melden uns bis " + promised(ticket) + ".");
    }

    @Test
    void the_missed_call_link_fills_in_the_caller_s_number_and_the_report_counts_the_ticket_as_after_a_missed_call() {
        browser.open(url("/anfrage?ref=missed_call&phone=%2B41791234567"));
        browser.click("a.choice.urgent").waitForText("Sicherheitshinweis");

        assertThat(browser.find("#telefon").getAttribute("value")).isEqualTo("079 123 45 67");
        browser.type("problem", "Keine Heizung").type("plz", "8001").type("name", "Anna Muster")
                .click("#einwilligung").click("button.primary").waitForText("Vielen Dank!");

        assertThat((String) onlyTicket().get("metadata")).contains("\"ref\": \"missed_call\"");
        var report = api.send(HttpRequest.GET("/api/reports/monthly?month=2026-11").bearerAuth(staffToken));
        assertThat(report.body()).containsEntry("wizard_submissions_via_missed_call", 1);
    }

    @Test
    void opening_the_wizard_counts_one_visit_per_browser_session_and_the_request_marks_it_captured() {
        browser.open(url("/anfrage"));
        browser.open(url("/anfrage?flow=standard"));
        browser.open(url("/anfrage"));
        assertThat(visits()).isEqualTo(1L);

        browser.newSession().open(url("/anfrage?flow=notfall"));
        assertThat(visits()).isEqualTo(2L);
        browser.type("problem", "Rohrbruch").type("plz", "8001").type("name", "Anna Muster")
                .type("telefon", "079 123 45 67").click("#einwilligung").click("button.primary")
                .waitForText("Vielen Dank!");
        assertThat(rows.one("SELECT count(*) AS n FROM wizard_visits v JOIN customers c ON c.id = v.customer_id "
                + "WHERE c.slug = ? AND v.submitted", slug)).containsEntry("n", 1L);
    }

    @Test
    void every_wizard_page_has_no_serious_or_critical_wcag_22_aa_violation_at_phone_and_desktop_width() {
        for (var size : List.of(Browser.PHONE, Browser.DESKTOP)) {
            var width = size.getWidth();
            browser.newSession().size(size).open(url("/anfrage"));
            assertThat(browser.accessibilityViolations()).as("choice at %d px", width).isEmpty();
            browser.screenshot("wizard-auswahl-" + width);
            browser.open(url("/anfrage?flow=notfall"));
            assertThat(browser.accessibilityViolations()).as("notfall at %d px", width).isEmpty();
            browser.click("button.primary").waitForText("Bitte prüfen Sie Ihre Angaben");
            assertThat(browser.accessibilityViolations()).as("refused step at %d px", width).isEmpty();
            browser.screenshot("wizard-fehler-" + width);
            browser.open(url("/anfrage?flow=standard"));
            assertThat(browser.accessibilityViolations()).as("category step at %d px", width).isEmpty();
            browser.open(url("/anfrage/danke?bis=" + TestClockFactory.START.plusHours(2).toEpochSecond()));
            assertThat(browser.accessibilityViolations()).as("thank-you page at %d px", width).isEmpty();
            browser.screenshot("wizard-danke-" + width);
            browser.open(server.getURL() + "/unbekannt/anfrage");
            assertThat(browser.accessibilityViolations()).as("404 at %d px", width).isEmpty();
            browser.screenshot("nicht-gefunden-" + width);
        }
    }

    private String url(String path) {
        return server.getURL() + "/" + slug + path;
    }

    private String tenantKey() {
        return rows.one("SELECT id::text AS id FROM customers WHERE slug = ?", slug).get("id") + ":%";
    }

    private Map<String, Object> onlyTicket() {
        var tickets = rows.list("SELECT t.urgency, t.intent, t.source, t.contact_phone, t.contact_email, t.summary, "
                + "t.metadata::text AS metadata, t.sla_deadline FROM tickets t JOIN customers c ON c.id = t.customer_id "
                + "WHERE c.slug = ?", slug);
        assertThat(tickets).hasSize(1);
        return tickets.getFirst();
    }

    private long visits() {
        return (Long) rows.one("SELECT count(*) AS n FROM wizard_visits v JOIN customers c ON c.id = v.customer_id "
                + "WHERE c.slug = ?", slug).get("n");
    }

    /** The ticket's SLA deadline as the thank-you page and the SMS name it. */
    private String promised(Map<String, Object> ticket) {
        return GermanTime.deadline((Instant) ticket.get("sla_deadline"), clock.instant(),
                ZoneId.of("Europe/Zurich"));
    }
}
