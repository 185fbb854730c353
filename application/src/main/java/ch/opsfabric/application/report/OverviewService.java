package ch.opsfabric.application.report;

import ch.opsfabric.application.port.in.Overview;
import ch.opsfabric.application.port.in.OverviewUseCase;
import ch.opsfabric.application.port.in.ReportMonth;
import ch.opsfabric.application.port.in.Uptime;
import ch.opsfabric.application.port.out.HeartbeatPort;
import ch.opsfabric.application.port.out.OverviewCountsPort;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * FlowSight's overview across tenants. Its months run in one zone for everybody (Zurich: FlowSight's
 * own), so that a tenant in another zone cannot shift a shared total.
 *
 * <p>Uptime counts only minutes that are over and that the service could have noted: the running
 * month is measured up to the start of the current minute, and nothing before the first heartbeat
 * ever (a month before the service recorded heartbeats has no uptime, not 0 %).
 */
public final class OverviewService implements OverviewUseCase {

    private final Clock clock;
    private final OverviewCountsPort counts;
    private final HeartbeatPort heartbeats;
    private final PlanPrices prices;
    private final ZoneId zone;

    public OverviewService(Clock clock, OverviewCountsPort counts, HeartbeatPort heartbeats, PlanPrices prices,
                           ZoneId zone) {
        this.clock = clock;
        this.counts = counts;
        this.heartbeats = heartbeats;
        this.prices = prices;
        this.zone = zone;
    }

    @Override
    public Overview overview(ReportMonth month) {
        var from = month.start(zone);
        var to = month.end(zone);
        var c = counts.count(from, to);
        var mrr = c.activeAtEndByPlan().entrySet().stream()
                .map(entry -> prices.of(entry.getKey()).multiply(BigDecimal.valueOf(entry.getValue())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Overview(month, zone, from, to, c, mrr, Rate.of(c.churned(), c.activeAtStart()),
                Rate.of(c.smsDelivered(), c.smsSent()), uptime(from, to));
    }

    private Uptime uptime(Instant from, Instant to) {
        var currentMinute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        var end = to.isBefore(currentMinute) ? to : currentMinute;
        var answered = heartbeats.answered(from, end);
        var start = answered.first().filter(first -> first.isAfter(from)).orElse(from);
        var minutes = answered.first().isEmpty() || !end.isAfter(start) ? 0 : Duration.between(start, end).toMinutes();
        var answeredMinutes = Math.min(answered.minutes(), minutes);
        return new Uptime(answeredMinutes, minutes, Rate.of(answeredMinutes, minutes));
    }
}
