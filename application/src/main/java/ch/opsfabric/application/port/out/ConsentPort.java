package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.UUID;

/** Keeps, with a ticket, which consent text the customer agreed to and when (docs/domain-rules.md, Privacy). */
public interface ConsentPort {

    /** Joins the surrounding transaction; a later consent on the same ticket replaces the earlier one. */
    void recordConsent(UUID customerId, UUID ticketId, ConsentVersion version, Instant at);
}
