package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.UUID;

/** Notes that a data-subject erasure happened: when, and how many rows, never whom it was about. */
public interface ErasureLogPort {

    void record(UUID id, UUID customerId, Instant erasedAt, ErasedRows counts);
}
