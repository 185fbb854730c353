package ch.opsfabric.adapters.http.webhook.ecall;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * What checking eCall's callbacks needs: the shared key ({@code ECALL_WEBHOOK_SECRET}) eCall
 * appends to the callback URL as {@code ?key=}. Unset, every eCall callback is refused (503) unless
 * unsigned webhooks are accepted.
 */
@ConfigurationProperties("ecall")
record EcallWebhookSettings(@Nullable String webhookSecret) {

    boolean configured() {
        return webhookSecret != null && !webhookSecret.isBlank();
    }

    @Override
    public String toString() {
        return "EcallWebhookSettings[configured=" + configured() + "]";
    }
}
