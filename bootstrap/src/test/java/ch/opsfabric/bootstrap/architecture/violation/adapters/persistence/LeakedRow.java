package ch.opsfabric.bootstrap.architecture.violation.adapters.persistence;

/** A persistence type that the broken classes reach for. */
public record LeakedRow(String id) {
}
