package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.DailyTicketsPort;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Tickets per local day, for the monthly report's chart. */
@Singleton
class DailyTicketsStore implements DailyTicketsPort {

    private final Sql sql;

    DailyTicketsStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Map<LocalDate, Long> ticketsPerDay(UUID customerId, Instant from, Instant to, ZoneId zone) {
        return sql.list("""
                        SELECT (created_at AT TIME ZONE ?)::date AS day, count(*) AS tickets FROM tickets
                        WHERE customer_id = ? AND created_at >= ? AND created_at < ?
                        GROUP BY 1 ORDER BY 1""",
                row -> Map.entry(row.getObject("day", LocalDate.class), row.getLong("tickets")),
                zone.getId(), customerId, from, to).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
