package ch.opsfabric.application.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Time passes only when the test says so. */
final class MovableClock extends Clock {

    private Instant now;

    MovableClock(ZonedDateTime start) {
        this.now = start.toInstant();
    }

    void set(ZonedDateTime time) {
        now = time.toInstant();
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the core works in instants");
    }
}
