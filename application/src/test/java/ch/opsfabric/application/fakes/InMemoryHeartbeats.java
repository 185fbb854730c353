package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.HeartbeatPort;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;

/** The minutes noted, once each. */
public final class InMemoryHeartbeats implements HeartbeatPort {

    private final TreeSet<Instant> minutes = new TreeSet<>();

    @Override
    public void beat(Instant minute) {
        minutes.add(minute);
    }

    @Override
    public AnsweredMinutes answered(Instant from, Instant to) {
        var within = from.isBefore(to) ? minutes.subSet(from, true, to, false).size() : 0;
        return new AnsweredMinutes(within, minutes.isEmpty() ? Optional.empty()
                : Optional.of(minutes.first()));
    }
}
