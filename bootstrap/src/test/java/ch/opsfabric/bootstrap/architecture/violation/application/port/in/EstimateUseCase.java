package ch.opsfabric.bootstrap.architecture.violation.application.port.in;

import ch.opsfabric.bootstrap.architecture.violation.application.estimate.Estimate;

/** Broken on purpose: a use case whose result lives in the feature package that implements it. */
public interface EstimateUseCase {

    Estimate estimate(String job);
}
