package ch.opsfabric.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.fakes.InMemoryHeartbeats;
import ch.opsfabric.application.port.in.ReportMonth;
import ch.opsfabric.application.port.in.Uptime;
import ch.opsfabric.application.port.out.OverviewCounts;
import ch.opsfabric.domain.tenant.Plan;
import ch.opsfabric.testsupport.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/reports.md, uptime: the share of the month's minutes so far in which an instance answered its
 * health check, on the injected clock. November 2026 in Zurich runs from 2026-10-31T23:00Z and has
 * 30 × 1440 = 43,200 minutes.
 */
class MeasuringUptimeTest {

    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final Instant NOVEMBER = Instant.parse("2026-10-31T23:00:00Z");
    private static final ReportMonth NOVEMBER_2026 = ReportMonth.parse("2026-11");

    private final MutableClock clock = new MutableClock(zurich(11, 24, 10, 0));
    private final InMemoryHeartbeats heartbeats = new InMemoryHeartbeats();
    private final HeartbeatService heartbeat = new HeartbeatService(clock, heartbeats);
    private final OverviewService overview = new OverviewService(clock,
            (from, to) -> new OverviewCounts(Map.of(), 0, 0, 0, 0), heartbeats, new PlanPrices(Map.of(Plan.PILOT, BigDecimal.ZERO,
                    Plan.STARTER, BigDecimal.ZERO, Plan.PRO, BigDecimal.ZERO, Plan.PREMIUM, BigDecimal.ZERO)), ZURICH);

    private static Instant zurich(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, ZURICH).toInstant();
    }

    /** One instance answering every 20 seconds from {@code from} until just before {@code to}. */
    private void answering(Instant from, Instant to) {
        for (var at = from; at.isBefore(to); at = at.plusSeconds(20)) {
            clock.set(at);
            heartbeat.beat();
        }
    }

    private Uptime november() {
        return overview.overview(NOVEMBER_2026).uptime();
    }

    @Test
    void a_month_answered_throughout_so_far_has_an_uptime_of_1() {
        answering(NOVEMBER, zurich(11, 1, 6, 0));
        clock.set(zurich(11, 1, 6, 0));

        assertThat(november()).isEqualTo(new Uptime(360, 360, new BigDecimal("1.0000")));
    }

    @Test
    void minutes_without_a_heartbeat_count_as_down() {
        answering(NOVEMBER, NOVEMBER.plus(Duration.ofMinutes(100)));
        answering(NOVEMBER.plus(Duration.ofMinutes(130)), NOVEMBER.plus(Duration.ofMinutes(200)));
        clock.set(NOVEMBER.plus(Duration.ofMinutes(200)));

        // 30 of 200 minutes down
        assertThat(november()).isEqualTo(new Uptime(170, 200, new BigDecimal("0.8500")));
    }

    @Test
    void the_running_minute_is_not_measured_yet() {
        answering(NOVEMBER, NOVEMBER.plus(Duration.ofMinutes(10)));
        clock.set(NOVEMBER.plus(Duration.ofMinutes(10)).plusSeconds(30));

        assertThat(november().minutes()).isEqualTo(10);
        assertThat(november().rate()).isEqualByComparingTo("1");
    }

    @Test
    void several_instances_answering_in_the_same_minute_count_it_once() {
        answering(NOVEMBER, NOVEMBER.plus(Duration.ofMinutes(60)));
        answering(NOVEMBER, NOVEMBER.plus(Duration.ofMinutes(60)));
        clock.set(NOVEMBER.plus(Duration.ofMinutes(60)));

        assertThat(november()).isEqualTo(new Uptime(60, 60, new BigDecimal("1.0000")));
    }

    @Test
    void a_past_month_is_measured_over_all_its_minutes() {
        answering(zurich(10, 31, 23, 0), zurich(11, 1, 1, 0));
        clock.set(zurich(12, 3, 9, 0));

        var uptime = november();

        // the first heartbeat ever was on 31 October at 23:00 Zurich, so November is measured whole
        assertThat(uptime.minutes()).isEqualTo(43_200);
        assertThat(uptime.answeredMinutes()).isEqualTo(60);
        assertThat(uptime.rate()).isEqualByComparingTo("0.0014");
    }

    @Test
    void the_month_of_the_first_heartbeat_is_measured_from_it() {
        answering(zurich(11, 20, 12, 0), zurich(11, 20, 13, 0));
        clock.set(zurich(11, 20, 14, 0));

        assertThat(november()).isEqualTo(new Uptime(60, 120, new BigDecimal("0.5000")));
    }

    @Test
    void a_month_before_any_heartbeat_has_no_uptime_rather_than_0() {
        answering(zurich(12, 2, 8, 0), zurich(12, 2, 9, 0));

        assertThat(november()).isEqualTo(new Uptime(0, 0, null));
    }

    @Test
    void a_month_that_has_not_begun_has_no_uptime() {
        answering(NOVEMBER, NOVEMBER.plus(Duration.ofMinutes(5)));

        assertThat(overview.overview(ReportMonth.parse("2027-01")).uptime()).isEqualTo(new Uptime(0, 0, null));
    }

    @Test
    void a_heartbeat_notes_the_whole_minute_it_falls_in() {
        clock.set(NOVEMBER.plusSeconds(59));
        heartbeat.beat();

        assertThat(heartbeats.answered(NOVEMBER, NOVEMBER.plusSeconds(60)).minutes()).isEqualTo(1);
        assertThat(heartbeats.answered(NOVEMBER, NOVEMBER.plusSeconds(60)).first()).contains(NOVEMBER);
    }
}
