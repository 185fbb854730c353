package ch.opsfabric.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A clock the test moves by hand: time passes only when a test says so, never by sleeping. The
 * code under test works in instants and takes zones from the tenant, so asking this clock for a
 * zone of its own is refused.
 */
public final class MutableClock extends Clock {

    public static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public MutableClock(ZonedDateTime start) {
        this(start.toInstant());
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void set(ZonedDateTime time) {
        set(time.toInstant());
    }

    public void setZurich(int year, int month, int day, int hour, int minute) {
        set(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ZURICH));
    }

    public void advance(Duration duration) {
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
        throw new UnsupportedOperationException("the code under test works in instants; zones come from the tenant");
    }
}
