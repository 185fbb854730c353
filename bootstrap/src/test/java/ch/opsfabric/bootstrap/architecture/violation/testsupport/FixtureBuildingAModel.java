package ch.opsfabric.bootstrap.architecture.violation.testsupport;

import ch.opsfabric.bootstrap.architecture.violation.domain.ModelKnowingItsTable;

/** Broken on purpose: a shared test helper that knows a product module, so every module using it would too. */
public record FixtureBuildingAModel(ModelKnowingItsTable model) {
}
