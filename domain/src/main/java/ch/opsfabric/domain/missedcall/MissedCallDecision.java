package ch.opsfabric.domain.missedcall;

import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.sms.SmsText;
import java.time.Instant;
import java.util.Objects;

/** The outcome of a missed call: an SMS at a given instant, or none, for a reason worth recording. */
public sealed interface MissedCallDecision {

    /** @param blockUntil set when this very call tipped the number over the blocklist threshold */
    record Skip(SkipReason reason, Instant blockUntil) implements MissedCallDecision {

        public Skip {
            Objects.requireNonNull(reason, "reason");
        }

        public static Skip because(SkipReason reason) {
            return new Skip(reason, null);
        }
    }

    record SendSms(PhoneNumber to, SmsText text, Template template, Instant at) implements MissedCallDecision {

        public SendSms {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(at, "at");
        }
    }

    enum Template { WEEKDAY, WEEKEND }

    enum SkipReason {
        MODULE_OFF, WITHHELD, UNREADABLE_NUMBER, OPTED_OUT, BLOCKLISTED, CANNOT_RECEIVE_SMS, UNDELIVERABLE,
        RECENTLY_TEXTED, DAILY_LIMIT_REACHED
    }
}
