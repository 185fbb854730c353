package ch.opsfabric.adapters.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a provider callback really comes from the provider. Twilio requests must be
 * signed whenever {@code TWILIO_AUTH_TOKEN} is set, over the public URL from {@code APP_BASE_URL}
 * (never the request's Host header, which the sender controls). eCall callbacks carry the shared
 * secret {@code ECALL_WEBHOOK_SECRET} as {@code ?key=}; without a configured secret they are refused.
 */
@Singleton
class WebhookAuthenticity {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookAuthenticity.class);
    static final String SIGNATURE_HEADER = "X-Twilio-Signature";

    private final String twilioAuthToken;
    private final String publicBaseUrl;
    private final String eCallSecret;

    WebhookAuthenticity(@Value("${twilio.auth-token:}") String twilioAuthToken,
                        @Value("${app.base-url:`http://localhost:8080`}") String publicBaseUrl,
                        @Value("${ecall.webhook-secret:}") String eCallSecret) {
        this.twilioAuthToken = twilioAuthToken;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
        this.eCallSecret = eCallSecret;
        if (twilioAuthToken.isBlank()) {
            LOG.warn("TWILIO_AUTH_TOKEN is not set: Twilio webhooks are accepted without signature checks");
        }
    }

    void verifyTwilio(HttpRequest<?> request, byte[] body, Webhook webhook) {
        if (twilioAuthToken.isBlank()) {
            return;
        }
        var signature = request.getHeaders().get(SIGNATURE_HEADER);
        var query = request.getUri().getRawQuery();
        var url = publicBaseUrl + request.getPath() + (query == null ? "" : "?" + query);
        var valid = switch (webhook.format()) {
            case JSON -> TwilioSignature.validJson(twilioAuthToken, url, request.getParameters().get("bodySHA256"),
                    body, signature);
            case FORM -> TwilioSignature.validForm(twilioAuthToken, url, webhook.fields(), signature);
            // A GET callback's parameters are part of the signed URL already.
            case QUERY -> TwilioSignature.validForm(twilioAuthToken, url, Map.of(), signature);
        };
        if (!valid) {
            throw new NotAuthentic("the request does not carry a valid X-Twilio-Signature");
        }
    }

    void verifyEcall(HttpRequest<?> request) {
        if (eCallSecret.isBlank()) {
            throw new NotAuthentic("eCall callbacks are refused: ECALL_WEBHOOK_SECRET is not set");
        }
        if (!BearerSecret.matches("Bearer " + request.getParameters().get("key"), eCallSecret)) {
            throw new NotAuthentic("the callback does not carry the eCall webhook key");
        }
    }
}
