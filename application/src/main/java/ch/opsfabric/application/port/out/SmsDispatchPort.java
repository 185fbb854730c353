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

    /**
     * Like {@link #claimDue}, but only messages {@link SmsPurpose#toTheBusiness() to the business itself},
     * which the daily cap does not hold: claimed when the cap is reached.
     */
    List<DueSms> claimDueToTheBusiness(UUID customerId, Instant now, int limit);

    /**
     * How many of the tenant's messages to customers went out since {@code since} or are in flight, for its daily cap. Run in the
     * claim's transaction before the claim: it also holds off every other claim for this tenant until that
     * transaction ends, so two dispatchers never both spend the last of the cap.
     */
    int sentSince(UUID customerId, Instant since);

    /** Drops a claimed message that no longer holds; it is never sent. */
    void markSuperseded(UUID smsId, SupersededReason reason, Instant at);

    /** Puts a claimed message back unsent, due at {@code dueAt}; the claim does not count as an attempt. */
    void postpone(UUID smsId, Instant dueAt);

    /** Refuses a claimed message for good; it is never sent. */
    void markRefused(UUID smsId, RefusedReason reason, Instant at);

    void markSent(UUID smsId, String providerId, Instant at);

    void retryAt(UUID smsId, String reason, Instant retryAt);

    void markFailed(UUID smsId, String reason, Instant at);
}
