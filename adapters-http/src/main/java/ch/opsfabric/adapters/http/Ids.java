package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.NotFound;
import java.util.UUID;

/** An id in a path: one that is no UUID names nothing, so it is answered like an unknown one (404). */
final class Ids {

    private Ids() {
    }

    static UUID parse(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            throw new NotFound("no " + what + " with id " + id);
        }
    }
}
