package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.UUID;

/** Remembers that a business's wizard was opened, and when, and whether that visit led to a request. */
public interface WizardVisitPort {

    void record(UUID visitId, UUID customerId, Instant at);

    /** Marks the business's visit as followed by a request; an id of no visit of the business changes nothing. */
    void markSubmitted(UUID customerId, UUID visitId);
}
