package ch.opsfabric.adapters.persistence;

import java.time.Instant;

/** Instants the tests pass in; nothing here reads the wall clock. */
final class TestTimes {

    /** A Tuesday morning in Zurich (10:00 local). */
    static final Instant MORNING = Instant.parse("2026-11-24T09:00:00Z");

    private TestTimes() {
    }
}
