package ch.opsfabric.bootstrap.architecture.violation.adapters.http;

import ch.opsfabric.bootstrap.architecture.violation.adapters.persistence.LeakedRow;

/** Broken on purpose: an HTTP adapter that reads another adapter's rows directly. */
public record ControllerReadingRows(LeakedRow row) {
}
