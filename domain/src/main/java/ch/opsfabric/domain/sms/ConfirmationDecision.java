package ch.opsfabric.domain.sms;

import java.util.Objects;

/** What {@link ConfirmationThrottle} decided about one confirmation: send it, or skip it for a named reason. */
public sealed interface ConfirmationDecision {

    static ConfirmationDecision send() {
        return new Send();
    }

    static ConfirmationDecision skip(SkipReason reason) {
        return new Skip(reason);
    }

    record Send() implements ConfirmationDecision {
    }

    record Skip(SkipReason reason) implements ConfirmationDecision {

        public Skip {
            Objects.requireNonNull(reason, "reason");
        }
    }

    enum SkipReason {
        /** Another confirmation for the ticket went out (or is queued) less than 30 minutes ago. */
        THROTTLED,
        /** This very text was already sent (or queued) for the ticket. */
        ALREADY_SENT
    }
}
