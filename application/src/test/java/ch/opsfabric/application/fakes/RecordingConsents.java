package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.ConsentPort;
import ch.opsfabric.application.port.out.ConsentVersion;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The consent kept per ticket, the latest one winning, as the store keeps it. */
public final class RecordingConsents implements ConsentPort {

    private final Map<UUID, ConsentVersion> byTicket = new LinkedHashMap<>();

    @Override
    public void recordConsent(UUID customerId, UUID ticketId, ConsentVersion version, Instant at) {
        byTicket.put(ticketId, version);
    }

    public Optional<ConsentVersion> of(UUID ticketId) {
        return Optional.ofNullable(byTicket.get(ticketId));
    }
}
