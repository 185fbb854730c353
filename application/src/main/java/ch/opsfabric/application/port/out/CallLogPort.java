package ch.opsfabric.application.port.out;

import ch.opsfabric.application.missedcall.CallOutcome;
import ch.opsfabric.application.missedcall.InboundCall;
import java.time.Instant;
import java.util.Optional;

/** Every inbound call of a tenant, one row per call id, for recovery and for the reports. */
public interface CallLogPort {

    /**
     * Records a delivery of the telephony webhook. A call that was missed stays missed when a later
     * delivery reports the parent call completed.
     *
     * @return the outcome this delivery newly established; empty for a repeated delivery or one
     *         that changes nothing
     */
    Optional<CallOutcome> record(InboundCall call, Instant now);

    void noteDecision(String callSid, String decision);
}
