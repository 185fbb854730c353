package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.UUID;

/** Counts one tenant's activity between two instants (from inclusive, to exclusive). */
public interface MonthlyCountsPort {

    MonthlyCounts count(UUID customerId, Instant from, Instant to);
}
