package ch.opsfabric.application.port.out;

import java.util.List;
import java.util.UUID;

public interface SmsLogPort {

    void record(SmsLogEntry entry);

    /** Whether an inbound message with this provider id was already recorded for the tenant. */
    boolean hasInbound(UUID customerId, String providerId);

    /** The tenants that sent an SMS the provider knows by this id: one, or none for an unknown id. */
    List<UUID> sendersOf(String providerId);
}
