package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/** How many tickets a business got per local day. */
public interface DailyTicketsPort {

    /** The days in {@code [from, to)} that had tickets, counted in {@code zone}; days without are absent. */
    Map<LocalDate, Long> ticketsPerDay(UUID customerId, Instant from, Instant to, ZoneId zone);
}
