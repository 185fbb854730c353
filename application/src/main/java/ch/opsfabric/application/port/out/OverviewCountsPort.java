package ch.opsfabric.application.port.out;

import java.time.Instant;

/** Counts tenants and SMS across all tenants between two instants (from inclusive, to exclusive). */
public interface OverviewCountsPort {

    OverviewCounts count(Instant from, Instant to);
}
