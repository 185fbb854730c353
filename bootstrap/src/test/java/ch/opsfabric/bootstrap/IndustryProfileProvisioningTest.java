package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An industry profile presets modules and wizard intents at provisioning, never over explicit ones. */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class IndustryProfileProvisioningTest extends ServiceTest {

    private static final AtomicInteger SLUGS = new AtomicInteger();

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(http);
    }

    @Test
    void a_gastro_business_starts_with_whatsapp_and_the_reservation_event_and_catering_flows() {
        var created = api.provision(business("gastro"));

        assertThat((Map<String, Object>) created.get("modules")).containsEntry("whatsapp", true)
                .containsEntry("wizard", true).containsEntry("missed_call", true).containsEntry("review_engine", true);
        assertThat((Map<String, Object>) created.get("config"))
                .containsEntry("intents", List.of("reservierung", "event", "catering"));
        assertThat(rows.one("SELECT config -> 'intents' ->> 0 AS first FROM customers WHERE id = ?::uuid",
                created.get("id"))).containsEntry("first", "reservierung");
    }

    @Test
    void a_handwerk_business_starts_without_whatsapp_and_with_the_emergency_standard_and_quote_flows() {
        var created = api.provision(business("Handwerk"));

        assertThat((Map<String, Object>) created.get("modules")).containsEntry("whatsapp", false);
        assertThat((Map<String, Object>) created.get("config"))
                .containsEntry("intents", List.of("notfall", "standard", "offerte"));
    }

    @Test
    void modules_and_intents_given_explicitly_win_over_the_preset() {
        var fields = business("beauty");
        fields.put("modules", Map.of("whatsapp", false));
        fields.put("config", Map.of("intents", List.of("haarschnitt"), "farbe", "rosa"));

        var created = api.provision(fields);

        assertThat((Map<String, Object>) created.get("modules")).containsEntry("whatsapp", false)
                .containsEntry("wizard", true);
        assertThat((Map<String, Object>) created.get("config")).containsEntry("intents", List.of("haarschnitt"))
                .containsEntry("farbe", "rosa");
    }

    @Test
    void a_config_without_intents_gets_the_preset_s_intents_beside_its_own_keys() {
        var fields = business("allgemein");
        fields.put("config", Map.of("farbe", "blau"));

        var created = api.provision(fields);

        assertThat((Map<String, Object>) created.get("config")).containsEntry("intents", List.of("anfrage", "offerte"))
                .containsEntry("farbe", "blau");
    }

    @Test
    void an_unknown_profile_is_refused_naming_profile_and_nothing_is_stored() {
        var before = rows.allRows();

        var answer = api.send(HttpRequest.POST("/api/admin/customers", business("baeckerei"))
                .bearerAuth(Api.ADMIN_TOKEN));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "profile");
        assertThat(rows.allRows()).isEqualTo(before);
    }

    @Test
    void without_a_profile_the_modules_keep_their_defaults_and_no_intents_are_set() {
        var created = api.provision("ohne-profil-" + SLUGS.incrementAndGet());

        assertThat((Map<String, Object>) created.get("modules")).containsEntry("whatsapp", false);
        assertThat((Map<String, Object>) created.get("config")).doesNotContainKey("intents");
    }

    private static Map<String, Object> business(String profile) {
        var fields = new HashMap<String, Object>();
        fields.put("name", "Betrieb " + profile);
        fields.put("slug", "profil-" + SLUGS.incrementAndGet());
        fields.put("email", "info@betrieb.example");
        fields.put("profile", profile);
        return fields;
    }
}
