package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.Optional;

/** Every inbound call of a tenant, one row per call id, for recovery and for the reports. */
public interface CallLogPort {

    /**
     * Records a delivery of the telephony webhook. The first delivery that tells the call missed or
     * answered decides; a later one (the caller's call ending after an unanswered forward, say)
     * updates the reported status words and changes the outcome no more.
     *
     * @return the outcome this delivery newly established; empty for a repeated delivery or one
     *         that changes nothing
     */
    Optional<CallOutcome> record(InboundCall call, Instant now);

    void noteDecision(String callId, String decision);
}
