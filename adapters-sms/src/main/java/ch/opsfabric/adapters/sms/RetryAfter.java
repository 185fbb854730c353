package ch.opsfabric.adapters.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads an HTTP {@code Retry-After} header (RFC 9110 §10.2.3): either whole seconds or an
 * HTTP-date. A provider that says how long to wait is honoured by the dispatcher; a header that
 * cannot be read is treated as absent rather than failing the send.
 */
final class RetryAfter {

    private RetryAfter() {
    }

    static Optional<Duration> parse(Optional<String> header, Clock clock) {
        return header.map(String::strip).flatMap(value -> value.chars().allMatch(Character::isDigit) && !value.isEmpty()
                ? seconds(value)
                : until(value, clock));
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> until(String value, Clock clock) {
        try {
            var then = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            var wait = Duration.between(clock.instant(), then);
            // A date already past means "now"; the dispatcher's own minimum delay still applies.
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
