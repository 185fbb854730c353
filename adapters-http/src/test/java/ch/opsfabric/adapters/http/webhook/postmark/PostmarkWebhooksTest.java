package ch.opsfabric.adapters.http.webhook.postmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.opsfabric.adapters.http.webhook.MalformedWebhook;
import ch.opsfabric.adapters.http.webhook.Webhook;
import ch.opsfabric.domain.InvalidValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Postmark's inbound JSON, as its documentation shows it (postmark/inbound.json follows the
 * documented example field by field), read into the application's neutral e-mail command.
 */
class PostmarkWebhooksTest {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final PostmarkWebhooks postmark = new PostmarkWebhooks(new EmailWebhookSettings("geheim"), JSON);

    private static String fixture() {
        try (var in = PostmarkWebhooksTest.class.getResourceAsStream("/postmark/inbound.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The fixture with some fields changed. */
    private static String fixtureWith(Consumer<Map<String, Object>> change) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = JSON.readValue(fixture(), Map.class);
            change.accept(fields);
            return new String(JSON.writeValueAsBytes(fields), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Webhook webhook(String body) {
        var request = HttpRequest.POST("/api/webhook/email?key=geheim", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE);
        return Webhook.read(request, body.getBytes(StandardCharsets.UTF_8), JSON);
    }

    @Test
    void postmarks_inbound_json_is_recognised_as_postmarks() {
        assertThat(postmark.recognises(webhook(fixture()))).isTrue();
    }

    @Test
    void a_twilio_callback_is_not_postmarks() {
        assertThat(postmark.recognises(webhook("{\"CallSid\": \"CA1\", \"From\": \"+41791234567\"}"))).isFalse();
    }

    @Test
    void the_sender_recipients_subject_and_text_are_read() {
        var email = postmark.email(webhook(fixture()));

        assertThat(email.messageId()).isEqualTo("73e6d360-66eb-11e1-8e72-a8904824019b");
        assertThat(email.from()).isEqualTo("anna.muster@example.ch");
        assertThat(email.fromName()).isEqualTo("Anna Muster");
        assertThat(email.recipients()).contains("doerfler-ag@mail.opsfabric.example");
        assertThat(email.subject()).isEqualTo("Heizung fällt aus");
        assertThat(email.text()).startsWith("Guten Tag\n\nUnsere Heizung ist seit heute Morgen kalt.");
        assertThat(email.headers()).containsEntry("X-Spam-Status", "No");
    }

    @Test
    void attachments_are_counted_and_their_contents_not_kept() {
        var email = postmark.email(webhook(fixture()));

        assertThat(email.attachments()).isEqualTo(2);
        assertThat(email.toString()).doesNotContain("/9j/4AAQ");
    }

    @Test
    void an_html_only_email_becomes_readable_text() {
        var email = postmark.email(webhook(fixtureWith(fields -> {
            fields.put("TextBody", "");
            fields.put("HtmlBody", "<html><head><style>p{color:red}</style></head><body>"
                    + "<p>Guten Tag,</p><p>die   Heizung&nbsp;ist <b>kalt</b>.<br>Bitte rasch kommen!</p>"
                    + "<ul><li>Haus A</li><li>Haus B</li></ul><script>alert(1)</script></body></html>");
        })));

        assertThat(email.text()).isEqualTo("Guten Tag,\n\ndie Heizung ist kalt.\nBitte rasch kommen!\n\nHaus A\n\nHaus B");
    }

    @Test
    void a_reply_is_read_without_the_quoted_original_postmark_stripped() {
        var email = postmark.email(webhook(fixtureWith(fields -> {
            fields.put("StrippedTextReply", "Am Dienstag passt es.");
            fields.put("TextBody", "Am Dienstag passt es.\n\n> Ihre Anfrage bei Dörfler AG ...");
        })));

        assertThat(email.text()).isEqualTo("Am Dienstag passt es.");
    }

    @Test
    void a_sender_that_is_no_email_address_is_refused_naming_postmarks_field() {
        var refused = catchThrowableOfType(InvalidValue.class,
                () -> postmark.email(webhook(fixtureWith(fields -> fields.put("From", "niemand")))));

        assertThat(refused.field()).isEqualTo("From");
    }

    @Test
    void json_that_is_not_postmarks_shape_is_malformed() {
        var refused = catchThrowableOfType(MalformedWebhook.class,
                () -> postmark.email(webhook("{\"MessageID\": \"x\", \"From\": \"a@b.ch\", \"Headers\": \"none\"}")));

        assertThat(refused).isNotNull();
    }

    @Test
    void a_request_without_the_key_or_with_another_is_refused() {
        var body = fixture();
        var keyless = HttpRequest.POST("/api/webhook/email", body).contentType(MediaType.APPLICATION_JSON_TYPE);
        var wrong = HttpRequest.POST("/api/webhook/email", body).contentType(MediaType.APPLICATION_JSON_TYPE);
        wrong.getParameters().add("key", "falsch");
        var right = HttpRequest.POST("/api/webhook/email", body).contentType(MediaType.APPLICATION_JSON_TYPE);
        right.getParameters().add("key", "geheim");

        assertThat(postmark.refusal(keyless, webhook(body))).isPresent();
        assertThat(postmark.refusal(wrong, webhook(body))).isPresent();
        assertThat(postmark.refusal(right, webhook(body))).isEmpty();
    }
}
