package ch.opsfabric.application.port.out;

import ch.opsfabric.application.sms.SmsLogEntry;
import java.util.UUID;

public interface SmsLogPort {

    void record(SmsLogEntry entry);

    /** Whether an inbound message with this provider id was already recorded for the tenant. */
    boolean hasInbound(UUID customerId, String providerId);
}
