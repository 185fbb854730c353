package ch.opsfabric.bootstrap.architecture.violation.application;

import ch.opsfabric.bootstrap.architecture.violation.adapters.http.ControllerReadingRows;

/** Broken on purpose: a use case that calls an adapter instead of a port. */
public record ServiceCallingController(ControllerReadingRows controller) {
}
