package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.tenant.StaffTokens;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Provisioning of businesses by the FlowSight operator, behind ADMIN_TOKEN. */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class AdminApiTest extends ServiceTest {

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(http);
    }

    @Test
    void provisioning_answers_the_id_and_a_staff_token_that_is_stored_only_as_a_hash() {
        var created = api.provision(Map.of("name", "Dörfler AG", "slug", "doerfler-ag", "email", "info@doerfler.ch",
                "sms_number", "+41 43 000 00 01", "missed_call_delay_seconds", 30, "modules", Map.of("whatsapp", true)));

        var id = UUID.fromString((String) created.get("id"));
        var token = (String) created.get("staff_token");
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(created).containsEntry("sms_number", "+41430000001").containsEntry("timezone", "Europe/Zurich")
                .containsEntry("quiet_hours_start", "21:00").containsEntry("missed_call_delay_seconds", 30);
        assertThat((Map<String, Object>) created.get("modules")).containsEntry("whatsapp", true).containsEntry("wizard", true);
        assertThat(rows.one("SELECT token_hash FROM staff_tokens WHERE customer_id = ?", id))
                .containsEntry("token_hash", StaffTokens.hash(token));
        assertThat(rows.count("SELECT count(*) FROM staff_tokens WHERE token_hash = ?", token)).isZero();
        assertThat(rows.one("SELECT twilio_number FROM customers WHERE id = ?", id))
                .containsEntry("twilio_number", "+41430000001");
    }

    @Test
    void a_request_without_the_admin_token_is_refused_with_401() {
        var answer = api.send(HttpRequest.POST("/api/admin/customers",
                Map.of("name", "X", "slug", "x", "email", "x@example.ch")));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(rows.count("SELECT count(*) FROM customers WHERE slug = 'x'")).isZero();
    }

    @Test
    void a_request_with_a_wrong_admin_token_is_refused_with_401() {
        var answer = api.send(HttpRequest.POST("/api/admin/customers",
                Map.of("name", "X", "slug", "x", "email", "x@example.ch")).bearerAuth("test-admin-tokeN"));

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void a_slug_that_is_taken_is_answered_409_naming_the_field() {
        api.provision("schon-da");

        var answer = api.send(HttpRequest.POST("/api/admin/customers",
                Map.of("name", "Zweiter", "slug", "schon-da", "email", "b@example.ch")).bearerAuth(Api.ADMIN_TOKEN));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body()).containsEntry("field", "slug");
    }

    @Test
    void a_slug_that_is_one_of_the_services_own_paths_is_refused_with_422_naming_slug_and_nothing_is_stored() {
        for (var path : new String[] {"api", "app", "assets", "health", "prometheus", "r", "webjars"}) {
            var answer = api.send(HttpRequest.POST("/api/admin/customers",
                    Map.of("name", "Pfad AG", "slug", path, "email", "pfad@example.ch")).bearerAuth(Api.ADMIN_TOKEN));

            assertThat(answer.status()).as(path).isEqualTo(422);
            assertThat(answer.body()).as(path).containsEntry("field", "slug");
            assertThat(rows.count("SELECT count(*) FROM customers WHERE slug = ?", path)).as(path).isZero();
        }
    }

    @Test
    void a_business_cannot_be_moved_to_one_of_the_services_own_paths() {
        var created = api.provision("zieht-um");

        var answer = api.send(HttpRequest.PATCH("/api/admin/customers/" + created.get("id"), Map.of("slug", "app"))
                .bearerAuth(Api.ADMIN_TOKEN));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "slug");
        assertThat(rows.one("SELECT slug FROM customers WHERE id = ?::uuid", created.get("id")))
                .containsEntry("slug", "zieht-um");
    }

    @Test
    void a_missing_required_field_is_answered_422_naming_it() {
        var answer = api.send(HttpRequest.POST("/api/admin/customers", Map.of("name", "Ohne Slug",
                "email", "a@example.ch")).bearerAuth(Api.ADMIN_TOKEN));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "slug");
    }

    @Test
    void a_patch_changes_only_the_fields_it_names() {
        var created = api.provision("patch-mich");

        var answer = api.send(HttpRequest.PATCH("/api/admin/customers/" + created.get("id"),
                Map.of("quiet_hours_start", "22:00", "sla_pause_weekends", false, "modules", Map.of("missed_call", false)))
                .bearerAuth(Api.ADMIN_TOKEN));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("quiet_hours_start", "22:00").containsEntry("quiet_hours_end", "07:00")
                .containsEntry("sla_pause_weekends", false).containsEntry("name", "Dörfler AG")
                .doesNotContainKey("staff_token");
        assertThat((Map<String, Object>) answer.body().get("modules")).containsEntry("missed_call", false)
                .containsEntry("wizard", true);
    }

    @Test
    void a_patch_with_an_unknown_field_is_refused_and_changes_nothing() {
        var created = api.provision("tippfehler");

        var answer = api.send(HttpRequest.PATCH("/api/admin/customers/" + created.get("id"),
                Map.of("name", "Neu", "sla_minutes", 60)).bearerAuth(Api.ADMIN_TOKEN));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "sla_minutes");
        assertThat(rows.one("SELECT name FROM customers WHERE slug = 'tippfehler'")).containsEntry("name", "Dörfler AG");
    }

    @Test
    void a_delay_outside_0_to_300_seconds_is_refused_naming_the_field() {
        var created = api.provision("zu-lange");

        var answer = api.send(HttpRequest.PATCH("/api/admin/customers/" + created.get("id"),
                Map.of("missed_call_delay_seconds", 301)).bearerAuth(Api.ADMIN_TOKEN));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "missed_call_delay_seconds");
    }

    @Test
    void a_patch_of_an_unknown_business_is_answered_404() {
        var answer = api.send(HttpRequest.PATCH("/api/admin/customers/" + UUID.randomUUID(), Map.of("name", "X"))
                .bearerAuth(Api.ADMIN_TOKEN));

        assertThat(answer.status()).isEqualTo(404);
    }
}
