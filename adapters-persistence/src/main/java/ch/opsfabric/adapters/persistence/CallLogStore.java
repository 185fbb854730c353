package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.CallOutcome;
import ch.opsfabric.application.port.out.InboundCall;
import ch.opsfabric.application.port.out.CallLogPort;
import ch.opsfabric.domain.phone.PhoneNumber;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code calls} table: one row per call id, updated as the provider reports further statuses.
 * {@code call_status} and {@code dial_call_status} keep the provider's own words for the call and
 * its forwarded leg, for the record; the {@code outcome} is what decides.
 */
@Singleton
class CallLogStore implements CallLogPort {

    private final Sql sql;

    CallLogStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<CallOutcome> record(InboundCall call, Instant now) {
        var outcome = call.outcome();
        var reported = call.reported();
        var inserted = sql.update("""
                        INSERT INTO calls (call_sid, customer_id, from_number, caller_e164, to_number, call_status,
                            dial_call_status, outcome, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (call_sid) DO NOTHING""",
                call.callId(), call.customerId(), call.from(), call.callerNumber().map(PhoneNumber::e164).orElse(null),
                call.to().e164(), reported.call(), reported.forwarded(), outcome.code(), now, now) == 1;
        if (inserted) {
            return outcome == CallOutcome.OTHER ? Optional.empty() : Optional.of(outcome);
        }
        return sql.one("SELECT customer_id, call_status, dial_call_status, outcome FROM calls WHERE call_sid = ? "
                        + "FOR UPDATE", row -> new Stored(row.getObject("customer_id", UUID.class),
                        row.getString("call_status"), row.getString("dial_call_status"),
                        CallOutcome.valueOf(row.getString("outcome").toUpperCase(Locale.ROOT))), call.callId())
                .filter(stored -> stored.customerId().equals(call.customerId()))
                .flatMap(stored -> update(stored, call, now));
    }

    @Override
    public void noteDecision(String callId, String decision) {
        sql.update("UPDATE calls SET decision = ? WHERE call_sid = ?", decision, callId);
    }

    /**
     * A later delivery may tell more; once a call is known missed or answered, that stands. A
     * delivery that does not report the forwarded leg keeps the leg's status already stored.
     */
    private Optional<CallOutcome> update(Stored stored, InboundCall call, Instant now) {
        var callStatus = call.reported().call();
        var forwardedStatus = call.reported().forwarded() != null ? call.reported().forwarded() : stored.forwardedStatus();
        if (Objects.equals(stored.callStatus(), callStatus) && Objects.equals(stored.forwardedStatus(), forwardedStatus)
                && (stored.outcome() != CallOutcome.OTHER || call.outcome() == CallOutcome.OTHER)) {
            return Optional.empty();
        }
        var outcome = stored.outcome() == CallOutcome.OTHER ? call.outcome() : stored.outcome();
        sql.update("UPDATE calls SET call_status = ?, dial_call_status = ?, outcome = ?, updated_at = ? "
                + "WHERE call_sid = ?", callStatus, forwardedStatus, outcome.code(), now, call.callId());
        return outcome != stored.outcome() ? Optional.of(outcome) : Optional.empty();
    }

    private record Stored(UUID customerId, String callStatus, String forwardedStatus, CallOutcome outcome) {
    }
}
