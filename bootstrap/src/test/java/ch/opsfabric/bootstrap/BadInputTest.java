package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gets a JSON error naming the field, never a 500, and never leaves a partial write. */
@MicronautTest(transactional = false)
class BadInputTest extends ServiceTest {

    private static final String SLUG = "bad-input-ag";

    private Api api;

    @BeforeAll
    void business() {
        api = new Api(http);
        api.provision(SLUG);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "truncated JSON                | {\"customer_slug\": \"bad-input-ag\", \"summary\": \"Hei",
        "a JSON array                  | [1, 2, 3]",
        "a bare string                 | \"hello\"",
        "not JSON at all               | customer_slug=bad-input-ag",
    })
    void a_body_that_is_not_a_json_object_is_answered_400(String what, String body) {
        var before = rows.allRows();

        var answer = api.send(HttpRequest.POST("/api/ticket", body).contentType(MediaType.APPLICATION_JSON_TYPE));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).containsEntry("error", "malformed_body").containsKey("message");
        assertThat(rows.allRows()).isEqualTo(before);
    }

    @Test
    void a_body_that_is_not_json_at_all_is_answered_415_in_json() {
        var answer = api.send(HttpRequest.POST("/api/ticket", "customer_slug=bad-input-ag")
                .contentType(MediaType.TEXT_PLAIN_TYPE));

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.body()).containsEntry("error", "unsupported_media_type");
    }

    @Test
    void an_empty_body_is_answered_400() {
        var answer = api.send(HttpRequest.POST("/api/ticket", "").contentType(MediaType.APPLICATION_JSON_TYPE));

        assertThat(answer.status()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "urgency       | 3",
        "urgency       | \"URGENT\"",
        "contact_phone | 791234567",
        "contact_phone | \"12\"",
        "contact_phone | \"keine Nummer\"",
        "contact_email | \"anna-at-example\"",
        "customer_slug | null",
        "customer_slug | 42",
        "source        | \"missed_call\"",
        "metadata      | \"plz 8001\"",
        "summary       | true",
    })
    void a_wrong_value_is_answered_422_naming_the_field(String field, String json) {
        var before = rows.allRows();
        var body = "{\"customer_slug\": \"bad-input-ag\", \"contact_phone\": \"079 123 45 67\", \""
                + field + "\": " + json + "}";
        if ("customer_slug".equals(field)) {
            body = "{\"contact_phone\": \"079 123 45 67\", \"customer_slug\": " + json + "}";
        }

        var answer = api.send(HttpRequest.POST("/api/ticket", body).contentType(MediaType.APPLICATION_JSON_TYPE));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("error", "invalid_field").containsEntry("field", field);
        assertThat(rows.allRows()).isEqualTo(before);
    }

    @Test
    void an_oversized_body_is_answered_413_and_nothing_is_stored() {
        var before = rows.allRows();
        var post = Api.wizardPost(SLUG);
        post.put("summary", "x".repeat(100_000));

        var answer = api.postTicket(post);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(rows.allRows()).isEqualTo(before);
    }

    @Test
    void a_summary_longer_than_5000_characters_is_refused_naming_the_field() {
        var post = Api.wizardPost(SLUG);
        post.put("summary", "x".repeat(5_001));

        assertThat(api.postTicket(post).body()).containsEntry("field", "summary");
    }

    @Test
    void a_nul_character_in_text_is_refused_naming_the_field() {
        var before = rows.allRows();
        var post = Api.wizardPost(SLUG);
        post.put("summary", "Heizung\u0000aus");

        var answer = api.postTicket(post);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "summary");
        assertThat(rows.allRows()).isEqualTo(before);
    }

    @Test
    void a_nul_character_deep_in_metadata_is_refused() {
        var post = Api.wizardPost(SLUG);
        post.put("metadata", Map.of("fotos", List.of(Map.of("name", "a\u0000b"))));

        var answer = api.postTicket(post);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "metadata");
    }

    @Test
    void invalid_utf8_is_answered_400() {
        var body = new byte[] {'{', '"', 's', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        var answer = api.send(HttpRequest.POST("/api/ticket", body).contentType(MediaType.APPLICATION_JSON_TYPE));

        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void absurdly_deep_json_is_answered_400() {
        var body = "[".repeat(5_000) + "]".repeat(5_000);

        var answer = api.send(HttpRequest.POST("/api/ticket", body).contentType(MediaType.APPLICATION_JSON_TYPE));

        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void a_nul_character_in_a_webhook_field_is_refused() {
        var answer = api.sendForText(Telephony.form("/api/webhook/sms-reply",
                Telephony.sms("SM-nul", "+41791234567", "+41435000001", "1\u0000")));

        assertThat(answer.status()).isEqualTo(422);
    }

    @Test
    void an_unpaired_surrogate_in_text_is_refused_naming_the_field() {
        var before = rows.allRows();
        var body = "{\"customer_slug\": \"" + SLUG + "\", \"contact_phone\": \"079 123 45 67\", \"consent\": true, "
                + "\"summary\": \"Heizung \\ud800 aus\"}";

        var answer = api.send(HttpRequest.POST("/api/ticket", body).contentType(MediaType.APPLICATION_JSON_TYPE));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "summary");
        assertThat((String) answer.body().get("message")).contains("unpaired surrogate");
        assertThat(rows.allRows()).isEqualTo(before);
    }

    @Test
    void a_nul_character_in_a_query_parameter_is_refused_naming_it() {
        var staff = StaffApi.forNewBusiness(api, "bad-input-search");

        for (var uri : List.of("/api/tickets?q=M%C3%BCller%00", "/api/tickets/export?format=csv&q=%00")) {
            var answer = staff.get(uri);

            assertThat(answer.status()).as(uri).isEqualTo(422);
            assertThat(answer.body()).containsEntry("error", "invalid_field").containsEntry("field", "q");
        }
    }

    @Test
    void an_unpaired_surrogate_in_a_webhook_field_is_refused() {
        var body = "{\"MessageSid\": \"SM-surrogate\", \"From\": \"+41791234567\", \"To\": \"+41435000001\", "
                + "\"Body\": \"\\udc00\"}";

        var answer = api.sendForText(HttpRequest.POST("/api/webhook/sms-reply", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE));

        assertThat(answer.status()).isEqualTo(422);
    }

    @Test
    void an_unknown_path_is_answered_404_in_json() {
        var answer = api.send(HttpRequest.GET("/api/nothing-here"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).containsEntry("error", "not_found");
    }
}
