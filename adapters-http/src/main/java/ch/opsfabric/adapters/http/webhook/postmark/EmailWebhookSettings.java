package ch.opsfabric.adapters.http.webhook.postmark;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * What checking Postmark's inbound webhook needs: the shared key ({@code EMAIL_WEBHOOK_SECRET}) its
 * webhook URL carries as {@code ?key=}. Unset, every e-mail is refused (503) unless unsigned
 * webhooks are accepted.
 */
@ConfigurationProperties("email.webhook")
record EmailWebhookSettings(@Nullable String secret) {

    boolean configured() {
        return secret != null && !secret.isBlank();
    }

    @Override
    public String toString() {
        return "EmailWebhookSettings[configured=" + configured() + "]";
    }
}
