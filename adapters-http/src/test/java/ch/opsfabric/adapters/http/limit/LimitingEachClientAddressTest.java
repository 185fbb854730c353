package ch.opsfabric.adapters.http.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * docs/http-api.md, Limits: each client address gets its own bucket of {@code OPSFABRIC_RATE_LIMIT_PUBLIC}
 * requests, refilled over the period; past it the client is told how long to wait, and other addresses are unaffected.
 */
class LimitingEachClientAddressTest {

    private static final class ManualTime implements TimeMeter {
        private long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void pass(Duration duration) {
            nanos += duration.toNanos();
        }
    }

    private final ManualTime time = new ManualTime();
    private final ClientBuckets buckets = new ClientBuckets(RateLimit.parse("3/1m", "TEST"), 100, time);

    @Test
    void a_client_past_the_limit_is_told_how_long_to_wait() {
        for (int request = 0; request < 3; request++) {
            assertThat(buckets.take("203.0.113.7")).isEmpty();
        }

        assertThat(buckets.take("203.0.113.7")).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20)));
    }

    @Test
    void another_address_is_unaffected() {
        for (int request = 0; request < 4; request++) {
            buckets.take("203.0.113.7");
        }

        assertThat(buckets.take("203.0.113.8")).isEmpty();
    }

    @Test
    void the_bucket_refills_over_the_period() {
        for (int request = 0; request < 3; request++) {
            buckets.take("203.0.113.7");
        }

        time.pass(Duration.ofSeconds(20));

        assertThat(buckets.take("203.0.113.7")).isEmpty();
        assertThat(buckets.take("203.0.113.7")).isPresent();
    }

    @Test
    void memory_is_bounded_by_forgetting_the_client_seen_least_recently() {
        var small = new ClientBuckets(RateLimit.parse("1/1h", "TEST"), 2, time);
        small.take("a");
        small.take("b");
        small.take("a");
        small.take("c");

        assertThat(small.clientsRemembered()).isEqualTo(2);
        assertThat(small.take("a")).as("a, seen recently, is remembered").isPresent();
        assertThat(small.take("b")).as("b, the least recent, was forgotten").isEmpty();
    }

    @Test
    void a_limit_is_written_as_requests_per_period() {
        assertThat(RateLimit.parse("30/1m", "X")).isEqualTo(new RateLimit(30, Duration.ofMinutes(1)));
        assertThat(RateLimit.parse(" 5 / 10s ", "X")).isEqualTo(new RateLimit(5, Duration.ofSeconds(10)));
        assertThatThrownBy(() -> RateLimit.parse("30 per minute", "OPSFABRIC_RATE_LIMIT_PUBLIC"))
                .hasMessageStartingWith("OPSFABRIC_RATE_LIMIT_PUBLIC is '30 per minute'");
        assertThatThrownBy(() -> RateLimit.parse("0/1m", "OPSFABRIC_RATE_LIMIT_PUBLIC")).hasMessageContaining("at least 1");
    }
}
