package ch.opsfabric.adapters.http.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.adapters.http.ApiError;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The gate's decision for one provider: checked when its secret is set, refused with 503 naming
 * the variable when it is not, taken unchecked only when {@link UnsignedWebhooks} says so.
 */
class WebhookAuthenticityFilterTest {

    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final String BODY = "MessageSid=SM1&From=%2B41797654321&To=%2B41435009999&Body=1";

    private static final Provider WITHOUT_SECRET = new Provider("Acme", "ACME_SECRET", false, Optional.empty());
    private static final Provider WITH_SECRET_FORGED = new Provider("Acme", "ACME_SECRET", true,
            Optional.of("the request does not carry a valid signature"));
    private static final Provider WITH_SECRET_AUTHENTIC = new Provider("Acme", "ACME_SECRET", true, Optional.empty());

    private static final UnsignedWebhooks REFUSED = new UnsignedWebhooks("", false, List.of());
    private static final UnsignedWebhooks ALLOWED = new UnsignedWebhooks("true", false, List.of());

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RefusedWebhooks counted = new RefusedWebhooks(registry);

    @Test
    void a_provider_without_its_secret_is_answered_503_naming_the_variable() {
        var request = callback();

        var answer = new WebhookAuthenticityFilter(List.of(WITHOUT_SECRET), REFUSED, JSON, counted)
                .authenticate(request, body());

        assertThat(answer).isNotNull();
        assertThat(answer.code()).isEqualTo(503);
        assertThat(answer.getBody()).contains(new ApiError("disabled", null,
                "Acme webhooks are refused: ACME_SECRET is not set"));
        assertThat(request.getAttribute(ProviderCallback.class.getName())).isEmpty();
        assertThat(registry.get("opsfabric.webhook.refused").tag("reason", "secret_not_set").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void when_unsigned_webhooks_are_accepted_a_provider_without_its_secret_is_let_through() {
        var request = callback();

        var answer = new WebhookAuthenticityFilter(List.of(WITHOUT_SECRET), ALLOWED, JSON, counted)
                .authenticate(request, body());

        assertThat(answer).isNull();
        assertThat(ProviderCallback.of(request).provider()).isEqualTo(WITHOUT_SECRET);
    }

    @Test
    void a_provider_whose_secret_is_set_is_checked_even_when_unsigned_webhooks_are_accepted() {
        var answer = new WebhookAuthenticityFilter(List.of(WITH_SECRET_FORGED), ALLOWED, JSON, counted)
                .authenticate(callback(), body());

        assertThat(answer).isNotNull();
        assertThat(answer.code()).isEqualTo(403);
        assertThat(answer.getBody()).contains(new ApiError("forbidden", null,
                "the request does not carry a valid signature"));
    }

    @Test
    void an_authentic_callback_is_let_through() {
        var request = callback();

        assertThat(new WebhookAuthenticityFilter(List.of(WITH_SECRET_AUTHENTIC), REFUSED, JSON, counted)
                .authenticate(request, body())).isNull();
        assertThat(ProviderCallback.of(request).provider()).isEqualTo(WITH_SECRET_AUTHENTIC);
    }

    @Test
    void unsigned_webhooks_are_refused_unless_the_database_is_the_embedded_one_or_the_variable_allows_them() {
        assertThat(new UnsignedWebhooks("", false, List.of()).accepted()).isFalse();
        assertThat(new UnsignedWebhooks("false", true, List.of()).acceptedBecause())
                .contains("the service runs on its embedded demo database");
        assertThat(new UnsignedWebhooks(" TRUE ", false, List.of()).acceptedBecause())
                .contains("OPSFABRIC_ALLOW_UNSIGNED_WEBHOOKS=true");
    }

    @Test
    void a_value_of_the_variable_that_is_neither_true_nor_false_stops_the_start_naming_it() {
        assertThatThrownBy(() -> new UnsignedWebhooks("yes", false, List.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("OPSFABRIC_ALLOW_UNSIGNED_WEBHOOKS is 'yes': expected true or false");
    }

    private static HttpRequest<String> callback() {
        return HttpRequest.POST("/api/webhook/sms-reply", BODY).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }

    private static byte[] body() {
        return BODY.getBytes(StandardCharsets.US_ASCII);
    }

    /** A provider reduced to what the gate asks of it. */
    private record Provider(String name, String secretVariable, boolean secretConfigured, Optional<String> verdict)
            implements ProviderWebhooks {

        @Override
        public int getOrder() {
            return 0;
        }

        @Override
        public boolean recognises(Webhook webhook) {
            return true;
        }

        @Override
        public Optional<String> refusal(HttpRequest<?> request, Webhook webhook) {
            return secretConfigured ? verdict : Optional.of(unsetSecret());
        }
    }
}
