package ch.opsfabric.application.port.out;

import ch.opsfabric.application.sms.DeliveryReport;
import ch.opsfabric.application.sms.SmsLogEntry;
import java.util.UUID;

public interface SmsLogPort {

    void record(SmsLogEntry entry);

    /** Whether an inbound message with this provider id was already recorded for the tenant. */
    boolean hasInbound(UUID customerId, String providerId);

    /** Sets the delivery state of the outbound SMS the provider knows by this id, if there is one. */
    void recordDelivery(String providerId, DeliveryReport.State state, String detail);
}
