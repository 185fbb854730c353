package ch.opsfabric.adapters.http.webhook.twilio;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * What checking Twilio's callbacks needs: the auth token ({@code TWILIO_AUTH_TOKEN}) that keys
 * their signatures. Unset, callbacks are refused (503) unless unsigned webhooks are accepted.
 */
@ConfigurationProperties("twilio")
record TwilioWebhookSettings(@Nullable String authToken) {

    boolean signed() {
        return authToken != null && !authToken.isBlank();
    }

    @Override
    public String toString() {
        return "TwilioWebhookSettings[signed=" + signed() + "]";
    }
}
