package ch.opsfabric.application.missedcall;

import ch.opsfabric.domain.phone.CallerId;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One delivery of the telephony webhook for a tenant's number. */
public record InboundCall(String callSid, UUID customerId, String from, CallerId caller, PhoneNumber to,
                          String callStatus, String dialCallStatus) {

    public InboundCall {
        Objects.requireNonNull(callSid, "callSid");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(to, "to");
        from = from == null ? "" : from;
    }

    public CallOutcome outcome() {
        return CallOutcome.of(callStatus, dialCallStatus);
    }

    public Optional<PhoneNumber> callerNumber() {
        return caller instanceof CallerId.Known(var number) ? Optional.of(number) : Optional.empty();
    }
}
