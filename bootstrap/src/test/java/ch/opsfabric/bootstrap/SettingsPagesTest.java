package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The owner's settings pages over HTTP (docs/http-api.md, Staff workspace pages): only owners, only with the
 * session's CSRF token, only their own business's ids, and a refused value saves nothing.
 */
@MicronautTest(transactional = false)
class SettingsPagesTest extends ServiceTest {

    private static final AtomicInteger SLUGS = new AtomicInteger();

    @Inject
    EmbeddedServer server;

    @Inject
    MutableClock clock;

    private Api api;
    private String staffToken;
    private UUID businessId;
    private Browser owner;

    @BeforeEach
    void anOwnerSignedIn() {
        api = new Api(http);
        clock.set(TestClockFactory.START);
        var slug = "einstellungen-" + SLUGS.incrementAndGet();
        var business = api.provision(Map.of("name", "Dörfler AG", "slug", slug, "email", "info@" + slug + ".example"));
        staffToken = (String) business.get("staff_token");
        businessId = UUID.fromString((String) business.get("id"));
        owner = new Browser(server.getURI());
        People.setPassword(owner, (String) business.get("owner_invitation_url"), People.PASSWORD);
    }

    private static Map<String, String> validSettings() {
        var form = new LinkedHashMap<String, String>();
        form.put("quiet_hours_start", "20:00");
        form.put("quiet_hours_end", "06:30");
        form.put("sla_response_minutes", "90");
        form.put("sla_warning_minutes", "15");
        form.put("assignment", "least_open");
        form.put("google_review_link", "https://g.page/r/doerfler/review");
        form.put("review_delay_hours", "4");
        form.put("missed_call_delay_seconds", "60");
        form.put("missed_call_dedupe_minutes", "30");
        form.put("missed_call_daily_sms_limit", "2");
        form.put("missed_call_blocklist_threshold", "8");
        return form;
    }

    /** Posts a form of the settings page with the token the page carries. */
    private static Browser.Page post(Browser browser, String path, Map<String, String> fields) {
        var form = new LinkedHashMap<>(fields);
        form.put("csrf", browser.get("/app/settings").formToken());
        return browser.post(path, form);
    }

    private Map<String, Object> storedSettings() {
        return rows.one("SELECT quiet_hours_start, sla_response_minutes, sla_warning_minutes, assignment, "
                + "google_review_link, review_delay_hours, missed_call_delay_seconds FROM customers WHERE id = ?",
                businessId);
    }

    private Browser staffSignedIn() {
        var link = People.invite(api, staffToken, "Marco Keller", "marco@" + businessId + ".example", "staff");
        var staff = new Browser(server.getURI());
        People.setPassword(staff, link, People.PASSWORD);
        return staff;
    }

    @Test
    void an_owner_s_valid_settings_are_saved_and_the_page_answers_with_a_redirect_back_to_itself() {
        var answer = post(owner, "/app/settings/business", validSettings());

        assertThat(answer.status()).as(answer.body()).isEqualTo(303);
        assertThat(answer.location()).contains("/app/settings?gespeichert=einstellungen");
        assertThat(storedSettings()).containsEntry("sla_response_minutes", 90).containsEntry("sla_warning_minutes", 15)
                .containsEntry("assignment", "least_open").containsEntry("review_delay_hours", 4)
                .containsEntry("google_review_link", "https://g.page/r/doerfler/review")
                .containsEntry("missed_call_delay_seconds", 60);
        assertThat(owner.get("/app/settings?gespeichert=einstellungen").body())
                .contains("Die Einstellungen sind gespeichert.", "value=\"90\"", "value=\"20:00\"");
    }

    @Test
    void invalid_values_are_named_next_to_their_fields_in_german_and_nothing_is_saved() {
        var before = storedSettings();
        var form = validSettings();
        form.put("sla_response_minutes", "0");
        form.put("google_review_link", "http://g.page/unsicher");
        form.put("missed_call_daily_sms_limit", "viele");
        form.put("quiet_hours_start", "25:00");

        var answer = post(owner, "/app/settings/business", form);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("Nichts wurde gespeichert.",
                "id=\"sla_response_minutes-error\"", "Bitte eine ganze Zahl von 1 bis 10080 Minuten",
                "id=\"google_review_link-error\"", "Der Link muss mit https:// beginnen",
                "id=\"missed_call_daily_sms_limit-error\"", "Bitte eine ganze Zahl von 0 bis 50 angeben.",
                "id=\"quiet_hours_start-error\"", "Bitte eine Uhrzeit wie 21:00 angeben.",
                "value=\"viele\"");
        assertThat(storedSettings()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "quiet_hours_start               | 7 Uhr",
        "quiet_hours_end                 | ''",
        "sla_response_minutes            | 10081",
        "sla_response_minutes            | 1.5",
        "sla_warning_minutes             | -1",
        "assignment                      | round_robin",
        "google_review_link              | https://g.page/mit leerzeichen",
        "review_delay_hours              | 721",
        "missed_call_delay_seconds       | 301",
        "missed_call_dedupe_minutes      | 99999999999",
        "missed_call_daily_sms_limit     | 51",
        "missed_call_blocklist_threshold | 0",
    })
    void each_wrong_setting_is_answered_422_next_to_its_field_and_nothing_is_written(String field, String value) {
        var form = validSettings();
        form.put(field, value);
        form.put("csrf", owner.get("/app/settings").formToken());
        var before = rows.allRows();

        var answer = owner.post("/app/settings/business", form);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("id=\"" + field + "-error\"", "aria-invalid=\"true\"");
        assertThat(rows.allRows()).isEqualTo(before);
    }

    @Test
    void a_form_posted_without_the_session_s_csrf_token_is_refused_and_changes_nothing() {
        var before = storedSettings();

        var withoutToken = owner.post("/app/settings/business", validSettings());
        var form = new LinkedHashMap<>(validSettings());
        form.put("csrf", "ein-fremdes-token-das-nicht-passt");
        var wrongToken = owner.post("/app/settings/business", form);
        var invite = owner.post("/app/settings/members", Map.of("name", "Eva", "email", "eva@fremd.example"));

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(invite.status()).isEqualTo(403);
        assertThat(storedSettings()).isEqualTo(before);
        assertThat(rows.count("SELECT count(*) FROM staff_members WHERE customer_id = ?", businessId)).isEqualTo(1L);
    }

    @Test
    void staff_get_the_403_page_on_settings_and_their_posts_change_nothing() {
        var staff = staffSignedIn();
        var before = storedSettings();

        var page = staff.get("/app/settings");
        var form = new LinkedHashMap<>(validSettings());
        form.put("csrf", People.csrfToken(staff));
        var change = staff.post("/app/settings/business", form);

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("Kein Zugriff", "nur Inhaberinnen und Inhaber");
        assertThat(change.status()).isEqualTo(403);
        assertThat(storedSettings()).isEqualTo(before);
    }

    @Test
    void a_visitor_who_is_not_signed_in_is_sent_to_the_sign_in_page() {
        var stranger = new Browser(server.getURI());

        assertThat(stranger.get("/app/settings").location()).contains("/app/login");
        assertThat(stranger.post("/app/settings/business", validSettings()).location()).contains("/app/login");
        assertThat(stranger.get("/app/report").location()).contains("/app/login");
    }

    @Test
    void another_business_s_people_and_tokens_are_answered_404_and_stay_as_they_are() {
        var other = api.provision("andere-" + SLUGS.incrementAndGet());
        var otherToken = (String) other.get("staff_token");
        People.invite(api, otherToken, "Fremde Person", "fremd@andere.example", "staff");
        var otherMember = rows.one("SELECT id FROM staff_members WHERE email = ?", "fremd@andere.example").get("id");
        var otherApiToken = api.send(HttpRequest.POST("/api/tokens", Map.of("name", "Buchhaltung"))
                .bearerAuth(otherToken)).body().get("id");

        var deactivate = post(owner, "/app/settings/members/" + otherMember, Map.of("active", "false"));
        var revoke = post(owner, "/app/settings/tokens/" + otherApiToken + "/revoke", Map.of());
        var notAnId = post(owner, "/app/settings/members/kein-id", Map.of("role", "owner"));

        assertThat(deactivate.status()).isEqualTo(404);
        assertThat(deactivate.body()).contains("Nicht gefunden");
        assertThat(revoke.status()).isEqualTo(404);
        assertThat(notAnId.status()).isEqualTo(404);
        assertThat(rows.one("SELECT active FROM staff_members WHERE id = ?", otherMember))
                .containsEntry("active", true);
        assertThat(rows.count("SELECT count(*) FROM staff_tokens WHERE id = ?::uuid AND revoked_at IS NULL",
                otherApiToken)).isEqualTo(1L);
    }

    @Test
    void the_last_active_owner_cannot_be_deactivated_and_the_page_says_why() {
        var ownerId = rows.one("SELECT id FROM staff_members WHERE customer_id = ?", businessId).get("id");

        var answer = post(owner, "/app/settings/members/" + ownerId, Map.of("active", "false"));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body()).contains("Ihr Betrieb braucht mindestens eine aktive Inhaberin");
        assertThat(rows.one("SELECT active FROM staff_members WHERE id = ?", ownerId)).containsEntry("active", true);
    }

    @Test
    void an_invitation_shows_its_link_once_and_a_change_of_role_redirects_back() {
        var answer = post(owner, "/app/settings/members",
                Map.of("name", "Eva Brunner", "email", "eva@doerfler.example", "role", "staff"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("Einladung erstellt", "/app/invite/");
        assertThat(owner.get("/app/settings").body()).contains("Eva Brunner").doesNotContain("/app/invite/");
        var eva = rows.one("SELECT id FROM staff_members WHERE email = ?", "eva@doerfler.example").get("id");
        var promoted = post(owner, "/app/settings/members/" + eva, Map.of("role", "owner"));
        assertThat(promoted.status()).isEqualTo(303);
        assertThat(rows.one("SELECT role FROM staff_members WHERE id = ?", eva)).containsEntry("role", "owner");
    }

    @Test
    void an_invitation_with_an_invalid_address_is_refused_next_to_the_field_and_nobody_is_invited() {
        var answer = post(owner, "/app/settings/members", Map.of("name", "Eva", "email", "keine-adresse"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("id=\"invite-email-error\"", "Bitte eine gültige E-Mail-Adresse angeben.",
                "value=\"keine-adresse\"");
        assertThat(rows.count("SELECT count(*) FROM staff_members WHERE customer_id = ?", businessId)).isEqualTo(1L);
    }

    @Test
    void a_new_api_token_is_shown_once_works_and_once_revoked_is_refused() {
        var created = post(owner, "/app/settings/tokens", Map.of("name", "Buchhaltung"));

        assertThat(created.status()).isEqualTo(200);
        var secret = created.body().replaceAll("(?s).*id=\"token-secret\" class=\"secret\">([^<]+)<.*", "$1");
        assertThat(api.send(HttpRequest.GET("/api/tickets").bearerAuth(secret)).status()).isEqualTo(200);
        assertThat(owner.get("/app/settings").body()).contains("Buchhaltung").doesNotContain(secret);

        var id = rows.one("SELECT id FROM staff_tokens WHERE customer_id = ? AND name = ?", businessId, "Buchhaltung")
                .get("id");
        var revoked = post(owner, "/app/settings/tokens/" + id + "/revoke", Map.of());
        assertThat(revoked.status()).isEqualTo(303);
        assertThat(api.send(HttpRequest.GET("/api/tickets").bearerAuth(secret)).status()).isEqualTo(401);
    }

    @Test
    void the_report_page_draws_three_charts_and_refuses_a_month_that_is_not_yyyy_mm() {
        var page = owner.get("/app/report?month=2026-11");
        var wrong = owner.get("/app/report?month=November");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Bericht November 2026", "id=\"chart-days\"", "id=\"chart-missed-calls\"",
                "id=\"chart-reviews\"", "month=2026-10", "month=2026-12", "<title id=\"days-svg-title\">");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("JJJJ-MM");
    }
}
