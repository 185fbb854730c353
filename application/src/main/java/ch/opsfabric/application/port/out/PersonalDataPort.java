package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.UUID;

/** A person's rows in one business: read them all, or erase them as anonymisation does. */
public interface PersonalDataPort {

    PersonalRows find(UUID customerId, PersonKey person);

    /**
     * Erases in place what names the person (rows, times, statuses and types stay, the tickets are marked
     * anonymised at {@code now}), cancels what still waits to be sent to them, and deletes their opt-out,
     * block and undeliverable mark.
     */
    ErasedRows erase(UUID customerId, PersonKey person, Instant now);
}
