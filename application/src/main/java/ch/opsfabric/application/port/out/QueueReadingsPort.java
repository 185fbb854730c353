package ch.opsfabric.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How full the durable outbound queues are, across all tenants, for the operator's metrics: the
 * one reading that tells whether messages are leaving.
 */
public interface QueueReadingsPort {

    /** One reading per channel that has a queue; a channel with nothing queued reads empty. */
    Map<Channel, QueueReading> read(Instant now);

    enum Channel { SMS, EMAIL }

    /**
     * @param depth         messages waiting or being sent, due or not (held for quiet hours too)
     * @param oldestDueAge  how long the longest-waiting due message has been due; zero when none is due
     */
    record QueueReading(long depth, Duration oldestDueAge) {

        public static final QueueReading EMPTY = new QueueReading(0, Duration.ZERO);
    }
}
