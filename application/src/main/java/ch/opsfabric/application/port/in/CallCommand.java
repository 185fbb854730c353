package ch.opsfabric.application.port.in;

import static ch.opsfabric.domain.InvalidValue.require;

import ch.opsfabric.application.port.out.CallOutcome;
import ch.opsfabric.application.port.out.ReportedStatus;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.util.Objects;

/**
 * One delivery of the telephony webhook, in the provider's neutral terms. The caller
 * ({@code from}) may be anything, a withheld marker included; the called number ({@code to}) must
 * be a number: it names the business.
 *
 * @param callId   the provider's id of the call; further deliveries for the same call carry it too
 * @param outcome  what this delivery tells about the call
 * @param reported the provider's own status words, kept for the record
 */
public record CallCommand(String callId, String from, String to, CallOutcome outcome, ReportedStatus reported) {

    public static final int MAX_CALL_ID_LENGTH = 64;
    public static final int MAX_FROM_LENGTH = 64;

    public CallCommand {
        require(callId != null && !callId.isBlank() && callId.length() <= MAX_CALL_ID_LENGTH, "callId",
                "is required and at most 64 characters");
        require(to != null && !to.isBlank(), "to", "is required");
        if (PhoneNumber.parse(to).isEmpty()) {
            throw new InvalidValue("to", "is not a telephone number: " + to);
        }
        require(from == null || from.length() <= MAX_FROM_LENGTH, "from", "must be at most 64 characters");
        Objects.requireNonNull(outcome, "outcome");
        reported = reported == null ? ReportedStatus.NONE : reported;
        require(reported.call() == null || reported.call().length() <= ReportedStatus.MAX_LENGTH, "status",
                "must be at most 32 characters");
        require(reported.forwarded() == null || reported.forwarded().length() <= ReportedStatus.MAX_LENGTH,
                "forwardedStatus", "must be at most 32 characters");
    }

    public PhoneNumber calledNumber() {
        return PhoneNumber.parse(to).orElseThrow();
    }
}
