/**
 * Provider callbacks (webhooks): one route per kind of callback, one {@link
 * ch.opsfabric.adapters.http.webhook.WebhookAuthenticityFilter filter} that lets only authentic
 * callbacks reach them, and the {@link ch.opsfabric.adapters.http.webhook.ProviderWebhooks} each
 * provider implements.
 *
 * <p>The rule: a provider's vocabulary (its field names, status words, signature, charset) lives
 * in one package per adapter module and nowhere else: here in {@code webhook.<provider>} (reading
 * its callbacks), in adapters-sms in {@code sms.<provider>} (sending through it). Adapters do not
 * depend on each other, so these are the provider's two homes; the application only sees neutral
 * commands ({@code CallCommand}, {@code ReplyCommand}, {@code DeliveryReport}). Adding a provider
 * adds its packages and its configuration; this package and the application stay as they are.
 */
package ch.opsfabric.adapters.http.webhook;
