package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Duration;
import java.util.Optional;

/** An SMS provider. Implementations classify every outcome; they never throw for a refused message. */
public interface SendSmsPort {

    SendResult send(SmsMessage message);

    /** @param from the tenant's number; empty means the provider's configured default sender */
    record SmsMessage(PhoneNumber to, Optional<PhoneNumber> from, String body) {
    }

    sealed interface SendResult {

        /** The provider took the message; {@code providerId} is its reference for delivery reports. */
        record Accepted(String providerId) implements SendResult {
        }

        /** The provider will never deliver this message; retrying is pointless. */
        record Rejected(RejectionReason reason, String detail) implements SendResult {
        }

        /** The provider could not take the message now; it may succeed later. */
        record Deferred(String detail, Optional<Duration> retryAfter) implements SendResult {
        }
    }

    enum RejectionReason { INVALID_NUMBER, LANDLINE, UNSUBSCRIBED, OTHER }
}
