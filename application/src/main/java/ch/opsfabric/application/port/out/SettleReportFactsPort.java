package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.UUID;

/**
 * Keeps the monthly counts that join rows by the customer's number (replies, captured missed calls, wizard tickets
 * after a missed call) from changing when those numbers are erased: each row concerned stores its answer first.
 */
public interface SettleReportFactsPort {

    /**
     * Stores the answer of up to {@code limit} of one tenant's rows per kind from before {@code before} that have
     * none yet, skipping any another instance holds.
     *
     * @return how many rows were settled; 0 when none is left
     */
    int settleBefore(UUID customerId, Instant before, int limit);
}
