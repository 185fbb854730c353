package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.HeartbeatPort;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** {@code service_heartbeats}: one row per minute in which an instance answered, whichever did first. */
@Singleton
class HeartbeatStore implements HeartbeatPort {

    private final Sql sql;

    HeartbeatStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void beat(Instant minute) {
        sql.update("INSERT INTO service_heartbeats (minute) VALUES (?) ON CONFLICT (minute) DO NOTHING", minute);
    }

    @Override
    public AnsweredMinutes answered(Instant from, Instant to) {
        return sql.one("""
                        SELECT (SELECT count(*) FROM service_heartbeats WHERE minute >= ? AND minute < ?) AS answered,
                               (SELECT min(minute) FROM service_heartbeats) AS first""",
                row -> new AnsweredMinutes(row.getLong("answered"), Optional.ofNullable(Sql.instant(row, "first"))),
                from, to).orElseThrow();
    }
}
