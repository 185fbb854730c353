/**
 * The SMS senders behind {@link ch.opsfabric.application.port.out.SendSmsPort}, one chosen by
 * {@code SMS_PROVIDER}. This package holds what every provider shares (the HTTP exchange and how
 * its status line is read, timeouts, the start-up check) and the console; each provider lives in
 * its own package ({@code twilio}, {@code ecall}) with its sender, its settings, the reading of its
 * answers and the {@link ch.opsfabric.adapters.sms.SmsProvider} that makes it selectable. Its
 * callbacks are read in adapters-http, in {@code adapters.http.webhook.<provider>}: adapters do
 * not depend on each other, so a provider has one package in each. Adding a provider adds those
 * packages and its configuration; nothing here changes.
 */
package ch.opsfabric.adapters.sms;
