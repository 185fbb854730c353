package ch.opsfabric.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void whole_seconds_are_the_wait() {
        assertThat(RetryAfter.parse(Optional.of("90"), CLOCK)).contains(Duration.ofSeconds(90));
    }

    @Test
    void an_http_date_is_the_time_until_then() {
        assertThat(RetryAfter.parse(Optional.of("Mon, 02 Mar 2026 10:30:00 GMT"), CLOCK))
                .contains(Duration.ofMinutes(90));
    }

    @Test
    void an_http_date_already_past_means_no_wait() {
        assertThat(RetryAfter.parse(Optional.of("Mon, 02 Mar 2026 08:00:00 GMT"), CLOCK)).contains(Duration.ZERO);
    }

    @Test
    void an_unreadable_header_counts_as_absent() {
        assertThat(RetryAfter.parse(Optional.of("soon"), CLOCK)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("-5"), CLOCK)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of(""), CLOCK)).isEmpty();
        assertThat(RetryAfter.parse(Optional.of("99999999999999999999"), CLOCK)).isEmpty();
    }

    @Test
    void no_header_means_no_wait_from_the_provider() {
        assertThat(RetryAfter.parse(Optional.empty(), CLOCK)).isEmpty();
    }
}
