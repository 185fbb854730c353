package ch.opsfabric.adapters.http.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/**
 * Counts webhook callbacks refused at the gate ({@code opsfabric_webhook_refused_total} by
 * {@code reason}), so an operator sees a provider whose signing broke, or someone probing the
 * routes, without reading logs. The reason is a short fixed code, never the refusal's text, so the
 * number of series stays small.
 */
@Singleton
final class RefusedWebhooks {

    /** No provider this service knows sends such a callback. */
    static final String UNKNOWN_PROVIDER = "unknown_provider";
    /** A known provider's callback without a valid signature or key. */
    static final String NOT_AUTHENTIC = "not_authentic";
    /** A known provider's callback while its secret is not configured (answered 503). */
    static final String SECRET_NOT_SET = "secret_not_set";

    private final MeterRegistry registry;

    RefusedWebhooks(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(String reason) {
        Counter.builder("opsfabric.webhook.refused").description("Webhook callbacks refused, by reason")
                .tag("reason", reason).register(registry).increment();
    }
}
