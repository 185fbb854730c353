package ch.opsfabric.application.port.out;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What became of the SMS queued about a ticket, for its timeline. */
@FunctionalInterface
public interface SmsDeliveryPort {

    List<SmsDelivery> ofTicket(UUID customerId, UUID ticketId);

    /**
     * @param providerId the provider's message id once sent, else null
     * @param status     the provider's delivery report (delivered, undelivered, failed) when one came, else the
     *                   queue's status (pending, sending, sent, failed, cancelled, superseded, refused)
     */
    record SmsDelivery(UUID outboundId, String providerId, String status) {

        public SmsDelivery {
            Objects.requireNonNull(outboundId, "outboundId");
            Objects.requireNonNull(status, "status");
        }
    }
}
