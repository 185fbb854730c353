package ch.opsfabric.application.port.in;

import ch.opsfabric.application.port.out.OverviewCounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/** FlowSight's own figures for a month (docs/reports.md); rates are null when their denominator is 0. */
public record Overview(ReportMonth month, ZoneId zone, Instant from, Instant to, OverviewCounts counts,
                       BigDecimal mrrChf, BigDecimal churnRate, BigDecimal smsDeliveryRate, Uptime uptime) {
}
