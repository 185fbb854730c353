package ch.opsfabric.application.port.out;

import java.time.LocalDate;
import java.util.UUID;

/** Remembers that a business was told its daily SMS cap was reached, so it is told once a day. */
public interface CapNoticePort {

    /**
     * Records the notice for the business's local {@code day}; true for the first call of that day only,
     * also when several dispatchers ask at once.
     */
    boolean firstOn(UUID customerId, LocalDate day);
}
