package ch.opsfabric.application.port.out;

import static ch.opsfabric.domain.InvalidValue.require;

import ch.opsfabric.application.port.out.SendSmsPort.RejectionReason;
import java.util.Locale;
import java.util.Optional;

/**
 * A provider's word on an SMS it accepted earlier, in neutral terms: delivered to the handset, or
 * not, and when not, whether the provider's error says the number itself cannot take SMS. Interim
 * states (queued, sending, sent) carry no outcome and are ignored. Each SMS adapter translates its
 * provider's status words into a {@link State} and its error codes into a {@link RejectionReason}.
 *
 * @param providerId the id the provider answered when it took the message
 * @param state      the outcome, or empty for an interim report
 * @param detail     the provider's error code or text, when there is one
 * @param reason     for a failed delivery, what the provider's error says of the number ({@code INVALID_NUMBER},
 *                   {@code LANDLINE}, {@code UNSUBSCRIBED}); empty when it names no fault of the number (a
 *                   handset switched off, a carrier filtering the text, an unknown error)
 */
public record DeliveryReport(String providerId, Optional<State> state, String detail,
                             Optional<RejectionReason> reason) {

    public static final int MAX_PROVIDER_ID_LENGTH = 128;
    public static final int MAX_DETAIL_LENGTH = 500;

    public enum State { DELIVERED, UNDELIVERED, FAILED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public DeliveryReport {
        require(providerId != null && !providerId.isBlank() && providerId.length() <= MAX_PROVIDER_ID_LENGTH,
                "providerId", "is required and at most 128 characters");
        require(detail == null || detail.length() <= MAX_DETAIL_LENGTH, "detail", "must be at most 500 characters");
        state = state == null ? Optional.empty() : state;
        reason = reason == null ? Optional.empty() : reason.filter(given -> given != RejectionReason.OTHER);
    }

    /** A report whose error, if any, says nothing about the number. */
    public DeliveryReport(String providerId, Optional<State> state, String detail) {
        this(providerId, state, detail, Optional.empty());
    }

    /** Whether the provider says the message did not reach the handset. */
    public boolean failed() {
        return state.filter(outcome -> outcome != State.DELIVERED).isPresent();
    }
}
