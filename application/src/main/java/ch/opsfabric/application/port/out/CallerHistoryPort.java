package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.missedcall.CallerHistory;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** What a tenant knows about one number, read under a lock so two calls from it are decided one after the other. */
public interface CallerHistoryPort {

    Duration LOOKBACK = Duration.ofDays(7);

    /**
     * Locks the number for the surrounding transaction, then reads its history as of {@code now}:
     * missed-call SMS of the last {@link #LOOKBACK}, missed calls of the tenant's local day, an
     * active block, opt-out and undeliverable marks.
     */
    CallerHistory lockAndLoad(UUID customerId, PhoneNumber number, Instant now, ZoneId zone);
}
