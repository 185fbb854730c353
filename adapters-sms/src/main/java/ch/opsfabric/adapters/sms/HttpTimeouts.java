package ch.opsfabric.adapters.sms;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an SMS provider may take. The dispatcher sends from a scheduler thread, so a provider
 * that hangs must cost a bounded wait and become a retry, never a stuck queue.
 *
 * @param connect time to open the connection ({@code SMS_HTTP_CONNECT_TIMEOUT}, default 5 s)
 * @param request time for the whole answer once connected ({@code SMS_HTTP_REQUEST_TIMEOUT}, default 10 s)
 */
public record HttpTimeouts(Duration connect, Duration request) {

    static final HttpTimeouts DEFAULT = new HttpTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));

    public HttpTimeouts {
        requirePositive(connect, "SMS_HTTP_CONNECT_TIMEOUT");
        requirePositive(request, "SMS_HTTP_REQUEST_TIMEOUT");
    }

    private static void requirePositive(Duration duration, String variable) {
        Objects.requireNonNull(duration, variable);
        if (duration.isNegative() || duration.isZero()) {
            throw RequiredSettings.invalid(variable, duration.toString(), "must be longer than zero");
        }
    }
}
