package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.QueueReadingsPort;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads both outbound queues in one statement on the owner view {@code queued_messages} (every
 * tenant's waiting rows, migration V10), which the partial {@code *_waiting} indexes keep cheap.
 */
@Singleton
class QueueReadingsStore implements QueueReadingsPort {

    private final Sql sql;

    QueueReadingsStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Map<Channel, QueueReading> read(Instant now) {
        var readings = new EnumMap<Channel, QueueReading>(Channel.class);
        for (var channel : Channel.values()) {
            readings.put(channel, QueueReading.EMPTY);
        }
        sql.list("""
                SELECT channel, count(*) AS depth, min(due_at) FILTER (WHERE due_at <= ?) AS oldest_due
                FROM queued_messages GROUP BY channel""", row -> {
            var oldestDue = Sql.instant(row, "oldest_due");
            var age = oldestDue == null || oldestDue.isAfter(now) ? Duration.ZERO : Duration.between(oldestDue, now);
            readings.put(Channel.valueOf(row.getString("channel").toUpperCase(Locale.ROOT)),
                    new QueueReading(row.getLong("depth"), age));
            return null;
        }, now);
        return readings;
    }
}
