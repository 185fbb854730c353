package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.UUID;

/** Remembers that a business's wizard was opened, and when. */
public interface WizardVisitPort {

    void record(UUID visitId, UUID customerId, Instant at);
}
