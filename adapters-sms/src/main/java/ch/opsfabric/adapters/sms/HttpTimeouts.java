package ch.opsfabric.adapters.sms;

import io.micronaut.core.value.PropertyResolver;
import java.time.Duration;
import java.util.Objects;

/**
 * How long an SMS provider may take. The dispatcher sends from a scheduler thread, so a provider
 * that hangs must cost a bounded wait and become a retry, never a stuck queue.
 *
 * @param connect time to open the connection ({@code SMS_HTTP_CONNECT_TIMEOUT}, default 5 s)
 * @param request time for the whole answer once connected ({@code SMS_HTTP_REQUEST_TIMEOUT}, default 10 s)
 */
record HttpTimeouts(Duration connect, Duration request) {

    static final HttpTimeouts DEFAULT = new HttpTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));

    HttpTimeouts {
        requirePositive(connect, "SMS_HTTP_CONNECT_TIMEOUT");
        requirePositive(request, "SMS_HTTP_REQUEST_TIMEOUT");
    }

    static HttpTimeouts from(PropertyResolver properties) {
        return new HttpTimeouts(
                duration(properties, "sms.http.connect-timeout", "SMS_HTTP_CONNECT_TIMEOUT", DEFAULT.connect),
                duration(properties, "sms.http.request-timeout", "SMS_HTTP_REQUEST_TIMEOUT", DEFAULT.request));
    }

    private static Duration duration(PropertyResolver properties, String property, String variable, Duration fallback) {
        var text = properties.getProperty(property, String.class);
        if (text.isEmpty() || text.get().isBlank()) {
            return fallback;
        }
        return properties.getProperty(property, Duration.class)
                .orElseThrow(() -> ProviderSettings.invalid(variable, text.get(), "expected a duration such as 5s or 500ms"));
    }

    private static void requirePositive(Duration duration, String variable) {
        Objects.requireNonNull(duration, variable);
        if (duration.isNegative() || duration.isZero()) {
            throw ProviderSettings.invalid(variable, duration.toString(), "must be longer than zero");
        }
    }
}
