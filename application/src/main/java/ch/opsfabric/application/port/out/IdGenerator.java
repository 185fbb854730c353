package ch.opsfabric.application.port.out;

import java.util.UUID;

/** New identities, behind a port so tests can predict them. */
public interface IdGenerator {

    UUID newId();
}
