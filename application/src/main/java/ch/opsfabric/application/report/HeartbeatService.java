package ch.opsfabric.application.report;

import ch.opsfabric.application.port.in.RecordHeartbeatUseCase;
import ch.opsfabric.application.port.out.HeartbeatPort;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** Notes the current minute as one in which the service answered. */
public final class HeartbeatService implements RecordHeartbeatUseCase {

    private final Clock clock;
    private final HeartbeatPort heartbeats;

    public HeartbeatService(Clock clock, HeartbeatPort heartbeats) {
        this.clock = clock;
        this.heartbeats = heartbeats;
    }

    @Override
    public void beat() {
        heartbeats.beat(clock.instant().truncatedTo(ChronoUnit.MINUTES));
    }
}
