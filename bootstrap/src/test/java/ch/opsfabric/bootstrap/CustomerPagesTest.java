package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.bootstrap.browser.Browser;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer pages beyond the wizard's flows: the landing page, the German 404, the wizard with JavaScript
 * off, and what the pages refuse (bots, posts from other sites). Answers are read over plain HTTP where status
 * and headers matter, in Chromium where a person's view does.
 */
@MicronautTest(transactional = false)
class CustomerPagesTest extends ServiceTest {

    private static final AtomicInteger SLUGS = new AtomicInteger();
    private static final HttpClient PLAIN = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    EmbeddedServer server;

    private Browser withJavaScript;
    private Browser withoutJavaScript;
    private Api api;
    private String slug;
    private String businessId;

    @BeforeAll
    void startBrowsers() {
        withJavaScript = Browser.withJavaScript();
        withoutJavaScript = Browser.withoutJavaScript();
    }

    @AfterAll
    void closeBrowsers() {
        withJavaScript.close();
        withoutJavaScript.close();
    }

    @BeforeEach
    void newBusiness() {
        api = new Api(http);
        slug = "betrieb-" + SLUGS.incrementAndGet();
        businessId = (String) api.provision(CustomerWizardPageTest.handwerk(slug)).get("id");
        withJavaScript.newSession().size(Browser.PHONE);
        withoutJavaScript.newSession().size(Browser.PHONE);
    }

    @Test
    void with_javascript_off_every_step_of_the_wizard_works_and_ends_on_the_thank_you_page() {
        var browser = withoutJavaScript;
        browser.open(url("/anfrage"));
        browser.click("a.choice:not(.urgent)").waitForText("Schritt 1 von 3");
        browser.click("label[for='kategorie']").click("button.primary").waitForText("Schritt 2 von 3");
        browser.click("button.primary").waitForText("Bitte füllen Sie «Beschreibung» aus.");
        browser.screenshot("ohne-javascript-fehler-360");
        browser.type("beschreibung", "Boiler tropft").type("plz", "8400").click("button.primary")
                .waitForText("Schritt 3 von 3");
        browser.type("name", "Dora Graf").type("telefon", "078 111 22 33").click("#einwilligung")
                .click("button.primary").waitForText("Vielen Dank!");

        assertThat(browser.text()).contains("Vielen Dank!", "Wir melden uns bis heute 12:00.");
        assertThat(browser.driver().getCurrentUrl()).contains("/" + slug + "/anfrage/danke");
        assertThat(rows.one("SELECT urgency, metadata->>'kategorie' AS kategorie FROM tickets WHERE customer_id = ?::uuid",
                businessId)).containsEntry("urgency", "MED").containsEntry("kategorie", "Sanitär");
        browser.screenshot("ohne-javascript-danke-360");
    }

    @Test
    void a_bot_filling_the_hidden_field_is_thanked_and_nothing_is_stored() throws Exception {
        var answer = post(url("/anfrage"), notfall(Map.of("website", "https://spam.example")), Map.of());

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/" + slug + "/anfrage/danke");
        assertThat(rows.one("SELECT count(*) AS n FROM tickets WHERE customer_id = ?::uuid", businessId))
                .containsEntry("n", 0L);
        assertThat(rows.one("SELECT count(*) AS n FROM outbound_sms WHERE customer_id = ?::uuid", businessId))
                .containsEntry("n", 0L);
    }

    @Test
    void text_the_database_cannot_keep_is_refused_in_german_next_to_its_field_and_nothing_is_stored() throws Exception {
        var answer = post(url("/anfrage"), notfall(Map.of("problem", "Rohr\u0000bruch")), Map.of());

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("Dieser Text enthält Zeichen, die wir nicht speichern können.",
                "aria-invalid=\"true\"");
        assertThat(rows.one("SELECT count(*) AS n FROM tickets WHERE customer_id = ?::uuid", businessId))
                .containsEntry("n", 0L);
    }

    @Test
    void a_post_from_another_site_is_refused_and_nothing_is_stored() throws Exception {
        var crossSite = post(url("/anfrage"), notfall(Map.of()), Map.of("Sec-Fetch-Site", "cross-site"));
        var foreignOrigin = post(url("/anfrage"), notfall(Map.of()), Map.of("Origin", "https://evil.example"));
        var hiddenOrigin = post(url("/anfrage"), notfall(Map.of()), Map.of("Origin", "null"));

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.body()).contains("von einer anderen Website");
        assertThat(foreignOrigin.statusCode()).isEqualTo(403);
        assertThat(hiddenOrigin.statusCode()).isEqualTo(403);
        assertThat(rows.one("SELECT count(*) AS n FROM tickets WHERE customer_id = ?::uuid", businessId))
                .containsEntry("n", 0L);
        var sameOrigin = post(url("/anfrage"), notfall(Map.of()), Map.of("Sec-Fetch-Site", "same-origin"));
        assertThat(sameOrigin.statusCode()).isEqualTo(303);
    }

    @Test
    void a_wizard_post_files_its_ticket_through_the_same_intake_as_the_json_route() throws Exception {
        var answer = post(url("/anfrage"), notfall(Map.of()), Map.of());

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).startsWith("/" + slug + "/anfrage/danke?bis=");
        var ticketId = rows.one("SELECT id FROM tickets WHERE customer_id = ?::uuid", businessId).get("id");
        assertThat(rows.one("SELECT body FROM outbound_sms WHERE ticket_id = ?", ticketId).get("body").toString())
                .startsWith("Danke Anna Muster, Ihre Anfrage ist eingegangen.");
        assertThat(rows.one("SELECT consented_at IS NOT NULL AS consented FROM tickets WHERE id = ?", ticketId))
                .containsEntry("consented", true);
        var again = api.postTicket(Map.of("customer_slug", slug, "contact_phone", "079 123 45 67",
                "contact_name", "Anna Muster", "summary", "Noch etwas", "consent", true));
        assertThat(again.body()).containsEntry("dedupe_matched", true).containsEntry("ticket_id", ticketId.toString());
    }

    @Test
    void a_gastro_business_offers_reservierung_event_and_catering_and_files_a_reservation_with_day_time_and_party()
            throws Exception {
        var gastro = "gastro-" + SLUGS.incrementAndGet();
        var gastroId = (String) api.provision(Map.of("name", "Zum Löwen", "slug", gastro, "email", "info@loewen.example",
                "phone", "044 222 33 44", "profile", "gastro")).get("id");

        assertThat(get(server.getURL() + "/" + gastro + "/anfrage").body())
                .contains("Reservierung", "Event", "Catering").doesNotContain("Notfall");
        var form = new LinkedHashMap<String, String>();
        form.put("flow", "reservierung");
        form.put("step", "1");
        form.put("datum", "2026-11-28");
        form.put("uhrzeit", "19:30");
        form.put("personen", "4");
        form.put("name", "Eva Brun");
        form.put("telefon", "079 555 66 77");
        form.put("einwilligung", "ja");
        assertThat(post(server.getURL() + "/" + gastro + "/anfrage", form, Map.of()).statusCode()).isEqualTo(303);

        var ticket = rows.one("SELECT urgency, intent, summary FROM tickets WHERE customer_id = ?::uuid", gastroId);
        assertThat(ticket).containsEntry("urgency", "MED").containsEntry("intent", "reservierung");
        assertThat((String) ticket.get("summary")).contains("Datum: 28.11.2026", "Uhrzeit: 19:30", "Anzahl Personen: 4");
    }

    @Test
    void pages_forbid_inline_script_and_framing_and_load_assets_that_are_cached_for_a_year() throws Exception {
        var page = get(url("/anfrage"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.body()).doesNotContain(" style=", "<style", "onclick", "<script>");

        var assets = Pattern.compile("/assets/[0-9a-f]{12}/[a-z.]+").matcher(page.body()).results()
                .map(match -> match.group()).collect(Collectors.toSet());
        assertThat(assets).hasSize(2);
        for (var asset : assets) {
            var served = get(server.getURL() + asset);
            assertThat(served.statusCode()).as(asset).isEqualTo(200);
            assertThat(served.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        }
        assertThat(get(server.getURL() + "/assets/000000000000/pages.css").statusCode()).isEqualTo(404);
    }

    @Test
    void an_unknown_an_inactive_and_a_wizard_off_business_get_a_german_404_page() throws Exception {
        var inactive = "inaktiv-" + SLUGS.incrementAndGet();
        var inactiveId = (String) api.provision(CustomerWizardPageTest.handwerk(inactive)).get("id");
        patch(inactiveId, Map.of("active", false));
        var wizardOff = "ohne-wizard-" + SLUGS.incrementAndGet();
        var wizardOffId = (String) api.provision(CustomerWizardPageTest.handwerk(wizardOff)).get("id");
        patch(wizardOffId, Map.of("modules", Map.of("wizard", false)));

        for (var path : List.of("/gibt-es-nicht/anfrage", "/" + inactive + "/anfrage", "/" + wizardOff + "/anfrage",
                "/gibt-es-nicht/", "/" + inactive + "/", "/%00/anfrage", "/a%00b/", "/%F0%9F%98%80/anfrage")) {
            var answer = get(server.getURL() + path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).contains("Seite nicht gefunden", "lang=\"de\"");
        }
        assertThat(post(server.getURL() + "/" + wizardOff + "/anfrage", notfall(Map.of()), Map.of()).statusCode())
                .isEqualTo(404);
        withJavaScript.open(server.getURL() + "/gibt-es-nicht/anfrage");
        assertThat(withJavaScript.text()).contains("Seite nicht gefunden");
        withJavaScript.screenshot("nicht-gefunden-360");
    }

    @Test
    void the_landing_page_shows_name_telephone_e_mail_and_the_way_to_the_wizard_with_local_business_data() {
        var browser = withJavaScript;
        browser.open(url("/"));

        assertThat(browser.find("h1").getText()).isEqualTo("Dörfler AG");
        assertThat(browser.find("a[href^='tel:']").getAttribute("href")).isEqualTo("tel:+41444435200");
        assertThat(browser.find("a[href^='tel:']").getText()).isEqualTo("044 443 52 00");
        assertThat(browser.find("a[href^='mailto:']").getText()).isEqualTo("info@doerfler.example");
        assertThat(browser.text()).contains("Wir beantworten Ihre Anfrage werktags innerhalb von 2 Stunden.");
        var jsonLd = (String) browser.driver().executeScript(
                "return document.querySelector('script[type=\"application/ld+json\"]').textContent");
        assertThat(jsonLd).contains("\"@type\":\"LocalBusiness\"", "\"name\":\"Dörfler AG\"",
                "\"telephone\":\"+41444435200\"", "\"email\":\"info@doerfler.example\"");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("landing-360");
        browser.size(Browser.DESKTOP).open(url("/"));
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("landing-1440");

        browser.size(Browser.PHONE).click("a.button").waitForText("Wie können wir helfen?");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/" + slug + "/anfrage");
    }

    @Test
    void a_business_with_its_own_website_is_sent_there_from_the_landing_page() throws Exception {
        patch(businessId, Map.of("website_domain", "doerfler.ch"));

        var answer = get(url("/"));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValue("https://doerfler.ch/");
    }

    private void patch(String id, Map<String, Object> fields) {
        var answer = api.send(HttpRequest.PATCH("/api/admin/customers/" + id, fields).bearerAuth(Api.ADMIN_TOKEN));
        assertThat(answer.status()).isEqualTo(200);
    }

    private String url(String path) {
        return server.getURL() + "/" + slug + path;
    }

    private static Map<String, String> notfall(Map<String, String> extra) {
        var form = new LinkedHashMap<String, String>();
        form.put("flow", "notfall");
        form.put("step", "0");
        form.put("problem", "Rohrbruch im Keller");
        form.put("plz", "8001");
        form.put("name", "Anna Muster");
        form.put("telefon", "079 123 45 67");
        form.put("einwilligung", "ja");
        form.put("website", "");
        form.putAll(extra);
        return form;
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return PLAIN.send(java.net.http.HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, Map<String, String> form, Map<String, String> headers)
            throws IOException, InterruptedException {
        var body = form.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        var request = java.net.http.HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return PLAIN.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
