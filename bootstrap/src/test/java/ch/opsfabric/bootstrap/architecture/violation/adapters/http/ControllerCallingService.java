package ch.opsfabric.bootstrap.architecture.violation.adapters.http;

import ch.opsfabric.bootstrap.architecture.violation.application.estimate.EstimateService;

/** Broken on purpose: an HTTP adapter that calls a service instead of its use-case port. */
public record ControllerCallingService(EstimateService service) {
}
