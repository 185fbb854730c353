package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The dispatcher's side of the queue. A claim is a lease: a message claimed by an instance that
 * dies is claimed again once the lease runs out, so nothing is lost and at most the messages in
 * flight at a crash go out twice. Concurrent claims never return the same message.
 */
public interface SmsDispatchPort {

    /** The tenants with messages due (or whose claim's lease ran out) as of {@code now}. */
    List<UUID> tenantsWithDue(Instant now);

    /**
     * Claims up to {@code limit} of one tenant's due messages, each with what has happened since it
     * was queued, read in the same statement; run it in a transaction of its own.
     */
    List<DueSms> claimDue(UUID customerId, Instant now, int limit);

    /** Drops a claimed message that no longer holds; it is never sent. */
    void markSuperseded(UUID smsId, SupersededReason reason, Instant at);

    void markSent(UUID smsId, String providerId, Instant at);

    void retryAt(UUID smsId, String reason, Instant retryAt);

    void markFailed(UUID smsId, String reason, Instant at);
}
