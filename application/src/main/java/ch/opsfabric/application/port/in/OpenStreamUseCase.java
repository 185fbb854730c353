package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.tenant.Tenant;
import java.util.OptionalLong;

/** The realtime stream of a business's events, for its staff. */
public interface OpenStreamUseCase {

    /**
     * Attaches a client to its business's stream: first the events after {@code lastEventId} (none when
     * empty), then each new one once, in sequence order.
     */
    StreamOpening open(Tenant tenant, OptionalLong lastEventId, StreamClient client);

    /** Streams open on this instance now. */
    int openStreams();

    /** Offers every open stream a keep-alive comment. */
    void keepAlive();
}
