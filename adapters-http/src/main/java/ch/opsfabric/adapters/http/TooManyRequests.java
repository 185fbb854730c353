package ch.opsfabric.adapters.http;

import java.time.Duration;

/** The client used up its share of a public route; it may try again after {@code retryAfter}. */
final class TooManyRequests extends RuntimeException {

    private final long retryAfterSeconds;

    TooManyRequests(Duration retryAfter) {
        super("too many requests from this address; retry in " + seconds(retryAfter) + " s", null, false, false);
        this.retryAfterSeconds = seconds(retryAfter);
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Whole seconds, rounded up and at least 1: a client told 0 would come straight back. */
    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toNanos() + 999_999_999L) / 1_000_000_000L);
    }
}
