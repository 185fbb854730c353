package ch.opsfabric.domain.review;

import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What to do about a finished job's review request now: send it, wait (nothing is recorded and
 * the job is asked about again later), or skip it for good (the reason is recorded on the ticket).
 */
public sealed interface ReviewDecision {

    /** @param at when the SMS may go out: now, or the end of the quiet hours now falls into */
    record Send(PhoneNumber to, Instant at) implements ReviewDecision {

        public Send {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(at, "at");
        }
    }

    record Wait(WaitReason reason) implements ReviewDecision {

        public Wait {
            Objects.requireNonNull(reason, "reason");
        }
    }

    record Skip(SkipReason reason) implements ReviewDecision {

        public Skip {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Passing conditions: the delay has not run out, or the business is not (yet) set up for reviews. */
    enum WaitReason { NOT_YET_DUE, BUSINESS_INACTIVE, MODULE_OFF, NO_REVIEW_LINK }

    /** Lasting conditions of the job itself; stored as {@code tickets.review_skipped_reason}. */
    enum SkipReason {
        NO_PHONE, CANNOT_RECEIVE_SMS, OPTED_OUT, TOO_LATE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
