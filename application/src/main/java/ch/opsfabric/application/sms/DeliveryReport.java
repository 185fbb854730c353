package ch.opsfabric.application.sms;

import static ch.opsfabric.domain.InvalidValue.require;

import java.util.Locale;
import java.util.Optional;

/**
 * A provider's word on an SMS it accepted earlier: delivered to the handset, or not. Interim
 * states (queued, sending, sent) carry no outcome and are ignored.
 *
 * @param providerId the id the provider answered when it took the message
 * @param detail     the provider's error code or text, when there is one
 */
public record DeliveryReport(String providerId, Optional<State> state, String detail) {

    public enum State { DELIVERED, UNDELIVERED, FAILED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public DeliveryReport {
        require(providerId != null && !providerId.isBlank() && providerId.length() <= 128, "MessageSid",
                "is required and at most 128 characters");
        require(detail == null || detail.length() <= 500, "ErrorCode", "must be at most 500 characters");
    }

    /** Twilio's {@code MessageStatus} values (delivered, undelivered, failed; the rest are interim). */
    public static DeliveryReport fromTwilio(String messageSid, String messageStatus, String errorCode) {
        var state = switch (messageStatus == null ? "" : messageStatus.strip().toLowerCase(Locale.ROOT)) {
            case "delivered", "read" -> Optional.of(State.DELIVERED);
            case "undelivered" -> Optional.of(State.UNDELIVERED);
            case "failed" -> Optional.of(State.FAILED);
            default -> Optional.<State>empty();
        };
        return new DeliveryReport(messageSid, state, errorCode);
    }

    /** eCall's notification: result code 0 means delivered, any other code a failed delivery. */
    public static DeliveryReport fromEcall(String jobId, String resultCode, String resultText) {
        require(resultCode != null && !resultCode.isBlank(), "ResultCode", "is required");
        var delivered = "0".equals(resultCode.strip());
        return new DeliveryReport(jobId, Optional.of(delivered ? State.DELIVERED : State.UNDELIVERED),
                delivered ? null : resultCode.strip() + (resultText == null ? "" : " " + resultText));
    }
}
