package ch.opsfabric.bootstrap.architecture.violation.application.estimate;

import ch.opsfabric.bootstrap.architecture.violation.application.port.in.EstimateUseCase;

/** Implements the broken use case: with its result here, port.in and this package need each other. */
public final class EstimateService implements EstimateUseCase {

    @Override
    public Estimate estimate(String job) {
        return new Estimate(job.length());
    }
}
