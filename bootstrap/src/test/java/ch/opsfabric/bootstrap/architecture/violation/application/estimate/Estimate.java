package ch.opsfabric.bootstrap.architecture.violation.application.estimate;

/** The result the broken use case borrows from its feature package. */
public record Estimate(int francs) {
}
