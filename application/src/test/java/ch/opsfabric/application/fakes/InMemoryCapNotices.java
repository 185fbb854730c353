package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.CapNoticePort;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The day each business was last told its daily SMS cap was reached, in memory. */
public final class InMemoryCapNotices implements CapNoticePort {

    private final Map<UUID, LocalDate> noticedOn = new HashMap<>();

    @Override
    public synchronized boolean firstOn(UUID customerId, LocalDate day) {
        return !Objects.equals(noticedOn.put(customerId, day), day);
    }
}
