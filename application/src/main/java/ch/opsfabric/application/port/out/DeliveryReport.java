package ch.opsfabric.application.port.out;

import static ch.opsfabric.domain.InvalidValue.require;

import java.util.Locale;
import java.util.Optional;

/**
 * A provider's word on an SMS it accepted earlier, in neutral terms: delivered to the handset, or
 * not. Interim states (queued, sending, sent) carry no outcome and are ignored. Each SMS adapter
 * translates its provider's status words into a {@link State}.
 *
 * @param providerId the id the provider answered when it took the message
 * @param state      the outcome, or empty for an interim report
 * @param detail     the provider's error code or text, when there is one
 */
public record DeliveryReport(String providerId, Optional<State> state, String detail) {

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
    }
}
