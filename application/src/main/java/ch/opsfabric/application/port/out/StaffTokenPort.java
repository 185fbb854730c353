package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.UUID;

/** Keeps staff tokens, only ever as hashes. */
public interface StaffTokenPort {

    void storeHash(UUID customerId, String tokenHash, Instant issuedAt);
}
