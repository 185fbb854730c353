package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The dispatcher's side of the e-mail queue; claims are leases, as for SMS ({@link SmsDispatchPort}). */
public interface EmailDispatchPort {

    List<UUID> tenantsWithDue(Instant now);

    List<OutboundEmail> claimDue(UUID customerId, Instant now, int limit);

    void markSent(UUID emailId, Instant at);

    void retryAt(UUID emailId, String reason, Instant retryAt);

    void markFailed(UUID emailId, String reason, Instant at);
}
