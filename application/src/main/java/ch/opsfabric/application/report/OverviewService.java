package ch.opsfabric.application.report;

import ch.opsfabric.application.port.in.Overview;
import ch.opsfabric.application.port.in.OverviewUseCase;
import ch.opsfabric.application.port.in.ReportMonth;
import ch.opsfabric.application.port.out.OverviewCountsPort;
import java.math.BigDecimal;
import java.time.ZoneId;

/**
 * FlowSight's overview across tenants. Its months run in one zone for everybody (Zurich: FlowSight's
 * own), so that a tenant in another zone cannot shift a shared total.
 */
public final class OverviewService implements OverviewUseCase {

    private final OverviewCountsPort counts;
    private final PlanPrices prices;
    private final ZoneId zone;

    public OverviewService(OverviewCountsPort counts, PlanPrices prices, ZoneId zone) {
        this.counts = counts;
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
                Rate.of(c.smsDelivered(), c.smsSent()));
    }
}
