package ch.opsfabric.adapters.sms;

import ch.opsfabric.application.port.out.SendSmsPort.RejectionReason;
import ch.opsfabric.application.port.out.SendSmsPort.SendResult;
import ch.opsfabric.application.port.out.SendSmsPort.SmsMessage;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side every SMS provider shares: one authenticated POST with bounded waits, and what
 * the status line alone already decides. A send never throws: an unreachable or slow provider is
 * a {@link SendResult.Deferred} so the message waits in the queue, a refusal of the message is a
 * {@link SendResult.Rejected}.
 *
 * <ul>
 *   <li>2xx: accepted, with the provider's message id.</li>
 *   <li>408, 429 and 5xx: deferred, honouring {@code Retry-After}.</li>
 *   <li>401, 403: deferred, and logged as an error; our account (credentials, credit), not the
 *       message or its recipient, is at fault, so the message waits like in an outage while the
 *       operator fixes the account, and the detail says which variables to check.</li>
 *   <li>any other status: rejected, with the reason the provider's error code gives.</li>
 *   <li>no connection, or no answer in time: deferred.</li>
 * </ul>
 *
 * <p>The log gets the outcome at info or warn level (a refused account at error level) and the
 * text only at debug level; the credentials never.
 */
public final class ProviderHttp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderHttp.class);
    private static final int MAX_DETAIL = 300;

    private final String provider;
    private final String credentialVariables;
    private final BasicAuth auth;
    private final HttpTimeouts timeouts;
    private final Clock clock;
    private final ExecutorService clientThreads;
    private final HttpClient client;

    /**
     * @param provider            the provider's name as operators know it, e.g. {@code Twilio}
     * @param credentialVariables the variables to check when the provider refuses the account
     */
    public ProviderHttp(String provider, String credentialVariables, BasicAuth auth, HttpTimeouts timeouts, Clock clock) {
        this.provider = provider;
        this.credentialVariables = credentialVariables;
        this.auth = auth;
        this.timeouts = timeouts;
        this.clock = clock;
        // The client's own work on an answer runs below the requests, like the dispatcher's thread that waits
        // for it (the lowest priority, see bootstrap/jvm.options); its selector thread takes the priority of
        // the thread that builds the client.
        this.clientThreads = Executors.newCachedThreadPool(Thread.ofPlatform()
                .name(provider.toLowerCase(Locale.ROOT) + "-http-", 0).priority(Thread.MIN_PRIORITY).daemon(true).factory());
        var builder = HttpClient.newBuilder()
                .executor(clientThreads)
                .connectTimeout(timeouts.connect())
                // A redirect would resend the credentials and the text somewhere we did not configure.
                .followRedirects(HttpClient.Redirect.NEVER);
        this.client = CompletableFuture.supplyAsync(builder::build, clientThreads).join();
    }

    public SendResult send(SmsMessage message, ProviderRequest request, ProviderReplies replies) {
        LOG.debug("SMS to {} via {}, text: {}", message.to(), provider, message.body());
        SendResult result;
        try {
            result = classify(post(request), replies);
        } catch (HttpConnectTimeoutException slowToConnect) {
            result = deferred("no connection within " + timeouts.connect().toMillis() + " ms", Optional.empty());
        } catch (HttpTimeoutException slowToAnswer) {
            result = deferred("no answer within " + timeouts.request().toMillis() + " ms", Optional.empty());
        } catch (ConnectException refused) {
            result = deferred("connection refused", Optional.empty());
        } catch (IOException broken) {
            result = deferred("connection failed: " + broken, Optional.empty());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            result = deferred("interrupted while waiting for the answer", Optional.empty());
        }
        log(message, result);
        return result;
    }

    @Override
    public void close() {
        client.close();
        clientThreads.shutdown();
    }

    private ProviderReply post(ProviderRequest request) throws IOException, InterruptedException {
        var http = HttpRequest.newBuilder(request.uri())
                .timeout(timeouts.request())
                .header("Authorization", auth.header())
                .header("Content-Type", request.contentType())
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8))
                .build();
        var response = client.send(http, HttpResponse.BodyHandlers.ofString());
        return new ProviderReply(response.statusCode(), response.headers(), response.body());
    }

    private SendResult classify(ProviderReply reply, ProviderReplies replies) {
        var status = reply.status();
        if (reply.isSuccess()) {
            return accepted(reply, replies);
        }
        var said = "HTTP " + status + ", " + replies.describe(reply);
        if (status == 408 || status == 429 || status >= 500) {
            return deferred(said, RetryAfter.parse(reply.header("Retry-After"), clock));
        }
        if (status == 401 || status == 403) {
            LOG.error("{} refused our account ({}): SMS wait and are retried as in an outage; check {}",
                    provider, said, credentialVariables);
            return deferred("the account was refused (" + said + "); check " + credentialVariables, Optional.empty());
        }
        return rejected(replies.reasonFor(reply), said);
    }

    private SendResult accepted(ProviderReply reply, ProviderReplies replies) {
        return new SendResult.Accepted(replies.providerId(reply).orElseGet(() -> {
            // The provider took the message; sending it again would reach the customer twice.
            // Without its id only the delivery report cannot be matched.
            LOG.warn("{} accepted an SMS but named no message id (HTTP {})", provider, reply.status());
            return provider.toLowerCase(Locale.ROOT) + "-without-id-" + UUID.randomUUID();
        }));
    }

    private SendResult.Deferred deferred(String detail, Optional<Duration> retryAfter) {
        return new SendResult.Deferred(provider + ": " + shortened(detail), retryAfter);
    }

    private SendResult.Rejected rejected(RejectionReason reason, String detail) {
        return new SendResult.Rejected(reason, provider + ": " + shortened(detail));
    }

    private static String shortened(String detail) {
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }

    private void log(SmsMessage message, SendResult result) {
        switch (result) {
            // Routine, and recorded in sms_log and the metrics: as an INFO line per SMS, writing it took a fifth
            // of a send's CPU samples in bench/dispatch-latency.sh (bench/README.md).
            case SendResult.Accepted accepted -> LOG.debug("SMS {} to {} accepted by {} ({} characters)",
                    accepted.providerId(), message.to(), provider, message.body().length());
            case SendResult.Rejected rejected -> LOG.warn("SMS to {} rejected as {}: {}",
                    message.to(), rejected.reason(), rejected.detail());
            case SendResult.Deferred deferred -> LOG.warn("SMS to {} deferred: {}{}", message.to(), deferred.detail(),
                    deferred.retryAfter().map(wait -> " (retry after " + wait.toSeconds() + " s)").orElse(""));
        }
    }
}
