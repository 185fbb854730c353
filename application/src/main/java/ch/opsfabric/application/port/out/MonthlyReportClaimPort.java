package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** Which businesses got which month's report e-mail: each once, whatever the number of instances. */
public interface MonthlyReportClaimPort {

    boolean claimed(UUID customerId, YearMonth month);

    /**
     * Claims the month's report for the business, in the transaction that queues its e-mail; waits for a
     * concurrent claim of the same month to end.
     *
     * @return false when it was claimed before
     */
    boolean claim(UUID customerId, YearMonth month, UUID emailId, Instant at);
}
