package ch.opsfabric.adapters.http.webhook;

import io.micronaut.http.HttpRequest;

/**
 * A callback the {@link WebhookAuthenticityFilter} found authentic, with the provider that sent it.
 * It exists only as an attribute the filter sets, so a webhook route the filter does not cover
 * cannot process anything.
 */
record ProviderCallback(ProviderWebhooks provider, Webhook webhook) {

    private static final String ATTRIBUTE = ProviderCallback.class.getName();

    void attachTo(HttpRequest<?> request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    static ProviderCallback of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, ProviderCallback.class).orElseThrow(() -> new IllegalStateException(
                request.getPath() + " was reached without passing the webhook authenticity filter"));
    }
}
