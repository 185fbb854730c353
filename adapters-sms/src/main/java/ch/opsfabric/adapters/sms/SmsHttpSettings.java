package ch.opsfabric.adapters.sms;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.ConversionService;
import java.time.Duration;

/**
 * The HTTP timeouts every provider shares ({@code SMS_HTTP_CONNECT_TIMEOUT},
 * {@code SMS_HTTP_REQUEST_TIMEOUT}). Bound as text so that a value which is no duration stops the
 * start with a message naming the variable.
 */
@ConfigurationProperties("sms.http")
public record SmsHttpSettings(@Nullable String connectTimeout, @Nullable String requestTimeout) {

    public HttpTimeouts timeouts() {
        return new HttpTimeouts(duration(connectTimeout, "SMS_HTTP_CONNECT_TIMEOUT", HttpTimeouts.DEFAULT.connect()),
                duration(requestTimeout, "SMS_HTTP_REQUEST_TIMEOUT", HttpTimeouts.DEFAULT.request()));
    }

    private static Duration duration(String text, String variable, Duration fallback) {
        var value = RequiredSettings.present(text);
        if (value == null) {
            return fallback;
        }
        return ConversionService.SHARED.convert(value, Duration.class)
                .orElseThrow(() -> RequiredSettings.invalid(variable, text, "expected a duration such as 5s or 500ms"));
    }
}
