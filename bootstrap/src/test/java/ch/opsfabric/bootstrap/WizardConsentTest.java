package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/domain-rules.md, Privacy over HTTP: a wizard ticket is stored only with the customer's consent, and with its
 * text version.
 */
@MicronautTest(transactional = false)
class WizardConsentTest extends ServiceTest {

    private static final AtomicInteger SLUGS = new AtomicInteger();

    private Api api;
    private String slug;

    @BeforeEach
    void newBusiness() {
        api = new Api(http);
        slug = "einwilligung-" + SLUGS.incrementAndGet();
        api.provision(slug);
    }

    @Test
    void a_wizard_ticket_stores_the_version_of_the_consent_text() {
        var answer = api.postTicket(Api.wizardPost(slug));

        assertThat(answer.status()).isEqualTo(201);
        var ticket = rows.one("SELECT consent_version, consented_at FROM tickets WHERE id = ?",
                UUID.fromString((String) answer.body().get("ticket_id")));
        assertThat(ticket.get("consent_version")).isEqualTo("2026-02-10");
        assertThat(ticket.get("consented_at")).isNotNull();
    }

    @Test
    void a_wizard_post_without_consent_is_refused_naming_consent_and_stores_nothing() {
        var post = Api.wizardPost(slug);
        post.remove("consent");
        assertRefusedAndNothingStored(post);
    }

    // By index: the Micronaut extension would claim a parameter of type Object for itself.
    private static final List<Object> NOT_TRUE = List.of(false, "true", 1, "ja", List.of(true), Map.of("ok", true));

    @ParameterizedTest(name = "consent number {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void a_wizard_post_whose_consent_is_not_the_boolean_true_is_refused_naming_consent(int which) {
        var post = Api.wizardPost(slug);
        post.put("consent", NOT_TRUE.get(which));
        assertRefusedAndNothingStored(post);
    }

    @Test
    void a_post_without_a_source_counts_as_a_wizard_post_and_needs_consent() {
        var post = Api.wizardPost(slug);
        post.remove("source");
        post.remove("consent");
        assertRefusedAndNothingStored(post);
    }

    @Test
    void a_manual_ticket_needs_no_consent_and_stores_no_version() {
        var staff = new StaffApi(api, (String) api.provision("manuell-" + SLUGS.incrementAndGet()).get("staff_token"));

        var id = staff.newTicket("Beat Keller", "079 555 12 12", "Rückruf wegen Offerte");

        assertThat(rows.one("SELECT consent_version FROM tickets WHERE id = ?", UUID.fromString(id))
                .get("consent_version")).isNull();
    }

    private void assertRefusedAndNothingStored(Map<String, Object> post) {
        var before = rows.allRows();

        var answer = api.postTicket(post);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "consent");
        assertThat(rows.allRows()).isEqualTo(before);
    }
}
