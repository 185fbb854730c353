package ch.opsfabric.bootstrap;

import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZonedDateTime;

/** Every service test runs on a clock it controls: Tuesday 24 November 2026, 10:00 in Zurich. */
@Factory
class TestClockFactory {

    static final ZonedDateTime START = ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, MutableClock.ZURICH);

    @Singleton
    @Replaces(bean = Clock.class, factory = CoreWiring.class)
    MutableClock clock() {
        return new MutableClock(START.toInstant());
    }
}
