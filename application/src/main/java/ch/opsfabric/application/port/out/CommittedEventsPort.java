package ch.opsfabric.application.port.out;

import java.util.Set;
import java.util.UUID;

/** News of stream events committed by any instance on the shared database. */
public interface CommittedEventsPort {

    /** Tells {@code listener} from now on, until the service stops, which businesses committed stream events. */
    void listen(Listener listener);

    interface Listener {

        /** These businesses committed stream events since the last call. */
        void committed(Set<UUID> businesses);

        /** News may have been lost (the connection to the database was lost and found again). */
        void mayHaveMissed();
    }
}
