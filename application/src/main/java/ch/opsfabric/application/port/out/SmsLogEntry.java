package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A line of {@code sms_log}: every SMS that went out or came in, as it went over the wire.
 *
 * @param ticketId   null when the SMS belongs to no ticket
 * @param providerId the provider's reference, null where there is none
 * @param replyKind  for an inbound SMS, how it was read ({@code option_1} … {@code free_text}, {@code opt_out},
 *                   {@code opt_in}); kept apart from the body so reports still count it once the body is
 *                   anonymised. Null for outbound SMS.
 */
public record SmsLogEntry(UUID id, UUID customerId, UUID ticketId, Direction direction, String fromNumber,
                          String toNumber, String body, String providerId, String status, Instant at,
                          String replyKind) {

    public enum Direction { OUTBOUND, INBOUND }

    public SmsLogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }

    public SmsLogEntry(UUID id, UUID customerId, UUID ticketId, Direction direction, String fromNumber,
                       String toNumber, String body, String providerId, String status, Instant at) {
        this(id, customerId, ticketId, direction, fromNumber, toNumber, body, providerId, status, at, null);
    }

    public static SmsLogEntry sent(UUID id, OutboundSms sms, String providerId, Instant at) {
        return new SmsLogEntry(id, sms.customerId(), sms.ticketId(), Direction.OUTBOUND,
                sms.sender().map(Object::toString).orElse(null), sms.to().e164(), sms.body(), providerId, "sent", at);
    }

    public static SmsLogEntry failed(UUID id, OutboundSms sms, Instant at) {
        return new SmsLogEntry(id, sms.customerId(), sms.ticketId(), Direction.OUTBOUND,
                sms.sender().map(Object::toString).orElse(null), sms.to().e164(), sms.body(), null, "failed", at);
    }
}
