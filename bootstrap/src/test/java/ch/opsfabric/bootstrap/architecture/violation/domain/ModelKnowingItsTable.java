package ch.opsfabric.bootstrap.architecture.violation.domain;

import ch.opsfabric.bootstrap.architecture.violation.adapters.persistence.LeakedRow;

/** Broken on purpose: a domain model that depends on a persistence adapter. */
public record ModelKnowingItsTable(LeakedRow row) {
}
