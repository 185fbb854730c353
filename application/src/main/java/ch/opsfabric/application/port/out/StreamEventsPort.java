package ch.opsfabric.application.port.out;

import java.util.List;
import java.util.UUID;

/** A business's stream events as committed; called within that business's transaction. */
public interface StreamEventsPort {

    /** The events after {@code sequence}, lowest sequence first, at most {@code limit}. */
    List<StreamEvent> after(UUID customerId, long sequence, int limit);

    /** The sequence of the business's latest event, 0 when it has none. */
    long latest(UUID customerId);
}
