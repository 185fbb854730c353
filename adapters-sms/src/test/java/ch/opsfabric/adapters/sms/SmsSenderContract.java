package ch.opsfabric.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import ch.opsfabric.adapters.sms.StubProvider.Recorded;
import ch.opsfabric.adapters.sms.StubProvider.Reply;
import ch.opsfabric.application.port.out.SendSmsPort;
import ch.opsfabric.application.port.out.SendSmsPort.RejectionReason;
import ch.opsfabric.application.port.out.SendSmsPort.SendResult;
import ch.opsfabric.application.port.out.SendSmsPort.SmsMessage;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.micronaut.json.JsonMapper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * What every HTTP SMS provider behind {@link SendSmsPort} must do, run against each adapter and
 * a loopback stub of its provider. A subclass supplies the adapter, the provider's documented
 * request and answers; the classification the dispatcher relies on is asserted here, once:
 * taken messages are accepted with the provider's id, a bad number is refused for good, and
 * anything that may pass later (rate limit, outage, silence, no connection, a refused account) is
 * deferred.
 */
abstract class SmsSenderContract extends SendSmsPortContract {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    /**
     * The production defaults: a loopback stub answers far sooner, even on a loaded build machine,
     * so no test but the one about timeouts depends on how long an answer takes.
     */
    static final HttpTimeouts TIMEOUTS = HttpTimeouts.DEFAULT;
    /** Only for the stalling provider: short, so that test costs a third of a second. */
    static final HttpTimeouts SHORT_TIMEOUTS = new HttpTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300));
    static final JsonMapper JSON = JsonMapper.createDefault();

    /** A provider's documented refusal and what it must mean for the message. */
    record Refusal(String name, Reply reply, RejectionReason reason, String detailMentions) {
    }

    /** A provider's documented refusal of our account (HTTP 401 or 403), and what its detail must name. */
    record AccountRefusal(String name, Reply reply, String detailMentions) {
    }

    /** The provider's stub; {@link #sender} is the adapter as {@link #senderFor} builds it, talking to it. */
    protected StubProvider provider;

    /** The provider's name as the adapter's log lines and details give it. */
    abstract String providerName();

    /** The adapter under test, talking to {@code baseUrl}. */
    abstract SendSmsPort senderFor(URI baseUrl, HttpTimeouts timeouts, Clock clock);

    /** The provider's documented answer to a message it takes. */
    abstract Reply acceptedReply();

    /** The message id {@link #acceptedReply()} carries. */
    abstract String acceptedId();

    /** Fails unless the request is exactly what the provider documents for {@code message}. */
    abstract void assertDocumentedRequest(Recorded request, SmsMessage message);

    /** Every refusal of a message the provider documents, with the reason each must give. */
    abstract Stream<Refusal> documentedRefusals();

    /** Every refusal of the account the provider documents. */
    abstract Stream<AccountRefusal> documentedAccountRefusals();

    /** The provider's body for HTTP 429; the contract adds the {@code Retry-After} header. */
    abstract Reply tooManyRequestsReply();

    /** The provider's body for HTTP 500. */
    abstract Reply serverErrorReply();

    /** The credentials the adapter was configured with, which no log line may contain. */
    abstract BasicAuth credentials();

    @Override
    void givenTheProviderTakesTheMessage() {
        provider.answer(acceptedReply());
    }

    @BeforeEach
    void startProvider() {
        provider = StubProvider.start();
        sender = senderFor(provider.baseUrl(), TIMEOUTS, CLOCK);
    }

    @AfterEach
    void stopProvider() throws Exception {
        closeSender();
        provider.close();
    }

    private void closeSender() throws Exception {
        if (sender instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Test
    void a_message_the_provider_takes_is_accepted_with_the_providers_id() {
        provider.answer(acceptedReply());

        assertThat(sender.send(MESSAGE)).isEqualTo(new SendResult.Accepted(acceptedId()));
    }

    @Test
    void a_message_taken_without_an_id_is_still_accepted_since_a_retry_would_send_it_twice() {
        provider.answer(Reply.json(200, "{}"));

        assertThat(sender.send(MESSAGE)).isInstanceOfSatisfying(SendResult.Accepted.class, accepted ->
                assertThat(accepted.providerId()).contains("-without-id-"));
    }

    @Test
    void the_request_is_exactly_what_the_provider_documents_umlauts_intact() {
        provider.answer(acceptedReply());

        sender.send(MESSAGE);

        assertDocumentedRequest(provider.onlyRequest(), MESSAGE);
    }

    @TestFactory
    Stream<DynamicTest> every_documented_refusal_is_rejected_for_good_with_its_reason() {
        return documentedRefusals().map(refusal -> dynamicTest(
                refusal.name() + " is rejected as " + refusal.reason(), () -> {
                    provider.answer(refusal.reply());

                    var result = sender.send(MESSAGE);

                    assertThat(result).isInstanceOfSatisfying(SendResult.Rejected.class, rejected -> {
                        assertThat(rejected.reason()).isEqualTo(refusal.reason());
                        assertThat(rejected.detail()).contains(refusal.detailMentions());
                    });
                }));
    }

    @TestFactory
    Stream<DynamicTest> a_refused_account_defers_the_message_instead_of_blaming_its_recipient() {
        return documentedAccountRefusals().map(refusal -> dynamicTest(refusal.name() + " is deferred", () -> {
            provider.answer(refusal.reply());

            var result = sender.send(MESSAGE);

            assertThat(result).isInstanceOfSatisfying(SendResult.Deferred.class, deferred -> {
                assertThat(deferred.detail()).contains("the account was refused").contains(refusal.detailMentions());
                assertThat(deferred.retryAfter()).isEmpty();
            });
        }));
    }

    @TestFactory
    Stream<DynamicTest> a_refused_account_is_logged_as_an_error_naming_the_provider_and_the_status() {
        return documentedAccountRefusals().map(refusal -> dynamicTest(refusal.name() + " is an error", () -> {
            provider.answer(refusal.reply());

            var events = logged(() -> sender.send(MESSAGE));

            assertThat(events).filteredOn(event -> event.getLevel() == Level.ERROR)
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .singleElement().asString()
                    .contains(providerName() + " refused our account")
                    .contains("HTTP " + refusal.reply().status());
        }));
    }

    @Test
    void too_many_requests_is_deferred_by_the_seconds_in_retry_after() {
        provider.answer(tooManyRequestsReply().withHeader("Retry-After", "120"));

        var result = sender.send(MESSAGE);

        assertThat(result).isInstanceOfSatisfying(SendResult.Deferred.class, deferred ->
                assertThat(deferred.retryAfter()).contains(Duration.ofSeconds(120)));
    }

    @Test
    void too_many_requests_is_deferred_until_the_http_date_in_retry_after() {
        provider.answer(tooManyRequestsReply().withHeader("Retry-After", "Mon, 02 Mar 2026 09:05:00 GMT"));

        var result = sender.send(MESSAGE);

        assertThat(result).isInstanceOfSatisfying(SendResult.Deferred.class, deferred ->
                assertThat(deferred.retryAfter()).contains(Duration.ofMinutes(5)));
    }

    @Test
    void a_server_error_is_deferred_with_the_providers_words() {
        provider.answer(serverErrorReply());

        var result = sender.send(MESSAGE);

        assertThat(result).isInstanceOfSatisfying(SendResult.Deferred.class, deferred -> {
            assertThat(deferred.detail()).contains("HTTP 500");
            assertThat(deferred.retryAfter()).isEmpty();
        });
    }

    @Test
    @Timeout(5) // without a request timeout the stub would hold the send until the suite ends
    void a_provider_that_stalls_past_the_request_timeout_is_deferred_within_the_timeout() throws Exception {
        closeSender();
        sender = senderFor(provider.baseUrl(), SHORT_TIMEOUTS, CLOCK);
        provider.stall();
        var started = System.nanoTime();

        var result = sender.send(MESSAGE);

        // Not before the timeout; the upper bound only says the wait was bounded, with room for a loaded machine.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(SHORT_TIMEOUTS.request(), Duration.ofSeconds(4));
        assertThat(result).isInstanceOfSatisfying(SendResult.Deferred.class, deferred ->
                assertThat(deferred.detail()).contains("no answer within 300 ms"));
    }

    @Test
    void a_provider_that_refuses_the_connection_is_deferred() throws Exception {
        closeSender();
        sender = senderFor(StubProvider.closedPort(), TIMEOUTS, CLOCK);

        var result = sender.send(MESSAGE);

        assertThat(result).isInstanceOfSatisfying(SendResult.Deferred.class, deferred ->
                assertThat(deferred.detail()).contains("connection refused"));
    }

    @Test
    void the_log_never_shows_the_secret_and_shows_the_text_only_at_debug_level() {
        var events = logged(() -> {
            provider.answer(acceptedReply());
            sender.send(MESSAGE);
            provider.answer(serverErrorReply());
            sender.send(MESSAGE);
            documentedAccountRefusals().forEach(refusal -> {
                provider.answer(refusal.reply());
                sender.send(MESSAGE);
            });
        });

        var encoded = credentials().header().substring("Basic ".length());
        assertThat(events).extracting(ILoggingEvent::getFormattedMessage)
                .isNotEmpty()
                .noneMatch(line -> line.contains(credentials().secret()) || line.contains(encoded));
        assertThat(events).filteredOn(event -> event.getFormattedMessage().contains(TEXT))
                .isNotEmpty()
                .allMatch(event -> event.getLevel() == Level.DEBUG);
    }
}
