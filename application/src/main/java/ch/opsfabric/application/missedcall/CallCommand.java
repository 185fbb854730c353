package ch.opsfabric.application.missedcall;

import static ch.opsfabric.domain.InvalidValue.require;

import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.phone.PhoneNumber;

/**
 * One delivery of the telephony webhook, with the provider's field names. The caller ({@code From})
 * may be anything, a withheld marker included; the called number ({@code To}) must be a number.
 */
public record CallCommand(String callSid, String from, String to, String callStatus, String dialCallStatus) {

    public CallCommand {
        require(callSid != null && !callSid.isBlank() && callSid.length() <= 64, "CallSid",
                "is required and at most 64 characters");
        require(to != null && !to.isBlank(), "To", "is required");
        if (PhoneNumber.parse(to).isEmpty()) {
            throw new InvalidValue("To", "is not a telephone number: " + to);
        }
        require(from == null || from.length() <= 64, "From", "must be at most 64 characters");
        require(callStatus == null || callStatus.length() <= 32, "CallStatus", "must be at most 32 characters");
        require(dialCallStatus == null || dialCallStatus.length() <= 32, "DialCallStatus",
                "must be at most 32 characters");
    }

    public PhoneNumber calledNumber() {
        return PhoneNumber.parse(to).orElseThrow();
    }
}
