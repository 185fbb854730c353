package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.RecordHeartbeatUseCase;
import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.http.HttpRequest;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The uptime in FlowSight's overview (docs/reports.md), on the test's clock: December 2026 starts at
 * 2026-11-30T23:00Z; the service answers for its first 90 minutes, is away for 30, and is asked at
 * 02:00 Zurich, so 90 of 120 minutes were answered.
 */
@MicronautTest(transactional = false)
class UptimeOverviewTest extends ServiceTest {

    @Inject
    MutableClock clock;

    @Inject
    RecordHeartbeatUseCase heartbeat;

    @Inject
    HealthEndpoint health;

    private static ZonedDateTime december(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 12, day, hour, minute, 0, 0, MutableClock.ZURICH);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> uptime(String month) {
        var answer = new Api(http).send(HttpRequest.GET("/api/admin/reports/overview?month=" + month)
                .bearerAuth("test-admin-token"));
        assertThat(answer.status()).isEqualTo(200);
        return (Map<String, Object>) answer.body().get("uptime");
    }

    @Test
    void the_overview_reports_the_share_of_the_months_minutes_the_service_answered() {
        // the job as every instance runs it (tests switch the schedules off and drive it on their clock)
        var job = new HeartbeatJob(health, heartbeat);
        assertThat(job.healthy()).isTrue();
        for (var at = december(1, 0, 0); at.isBefore(december(1, 1, 30)); at = at.plusSeconds(20)) {
            clock.set(at);
            job.beatWhenHealthy();
        }
        clock.set(december(1, 2, 0));

        assertThat(uptime("2026-12")).isEqualTo(Map.of("answered_minutes", 90, "minutes", 120, "rate", 0.75));
        assertThat(rows.count("SELECT count(*) FROM service_heartbeats")).isEqualTo(90);
        assertThat(uptime("2027-01")).containsEntry("minutes", 0).containsEntry("rate", null);

        clock.set(december(1, 2, 0).plus(Duration.ofSeconds(30)));
        heartbeat.beat();
        clock.set(december(1, 2, 1));
        assertThat(uptime("2026-12")).isEqualTo(Map.of("answered_minutes", 91, "minutes", 121, "rate", 0.7521));
    }
}
