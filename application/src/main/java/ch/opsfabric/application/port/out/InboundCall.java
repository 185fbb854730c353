package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.phone.CallerId;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One delivery of the telephony webhook for a tenant's number. */
public record InboundCall(String callId, UUID customerId, String from, CallerId caller, PhoneNumber to,
                          CallOutcome outcome, ReportedStatus reported) {

    public InboundCall {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reported, "reported");
        from = from == null ? "" : from;
    }

    public Optional<PhoneNumber> callerNumber() {
        return caller instanceof CallerId.Known(var number) ? Optional.of(number) : Optional.empty();
    }
}
