package ch.opsfabric.bootstrap.architecture.violation.adapters.sms;

import ch.opsfabric.bootstrap.architecture.violation.testsupport.StoppedClock;

/** Broken on purpose: production code that reaches for a test helper. */
public record SenderOnAStoppedClock(StoppedClock clock) {
}
