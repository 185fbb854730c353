package ch.opsfabric.bootstrap.architecture.violation.testsupport;

import java.time.Instant;

/** A test helper, clean in itself. */
public record StoppedClock(Instant now) {
}
