package ch.opsfabric.application.port.out;

import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the provider's final word on each SMS it accepted ({@code sms_log.delivery_status}).
 * Providers repeat their reports and may send them out of order, so the first final word stands:
 * a later report on the same message, whatever it says, changes nothing, and two copies of one
 * report arriving at once are recorded once.
 */
public interface DeliveryOutcomePort {

    /**
     * Records the outcome on the tenant's SMS the provider knows by this id, unless one is recorded
     * already.
     *
     * @return the message as it was queued, when this report was the first final word on it; empty for
     *         a repeated or late report, an unknown id, or an SMS that did not go through the queue
     */
    Optional<OutboundSms> recordFirst(UUID customerId, String providerId, DeliveryReport.State state,
                                      String detail);
}
