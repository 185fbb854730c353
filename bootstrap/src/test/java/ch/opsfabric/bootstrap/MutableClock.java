package ch.opsfabric.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** A clock the test moves by hand: time passes only when a test says so, never by sleeping. */
final class MutableClock extends Clock {

    static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

    private volatile Instant now;

    MutableClock(Instant start) {
        this.now = start;
    }

    void set(ZonedDateTime time) {
        now = time.toInstant();
    }

    void setZurich(int year, int month, int day, int hour, int minute) {
        set(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ZURICH));
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
        throw new UnsupportedOperationException("the service works in instants; zones come from the tenant");
    }
}
