package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * The service's own record of the minutes it was up: an instance notes the current minute whenever
 * it answers its health check, and a minute is noted once however many instances note it.
 */
public interface HeartbeatPort {

    /** Notes that the service answered during this minute (a whole UTC minute); noting it again changes nothing. */
    void beat(Instant minute);

    /** The minutes in {@code [from, to)} that were noted, and the first minute ever noted. */
    AnsweredMinutes answered(Instant from, Instant to);

    /** @param first the first minute ever noted; empty while none is */
    record AnsweredMinutes(long minutes, Optional<Instant> first) {
    }
}
