package ch.opsfabric.application.port.in;

import ch.opsfabric.application.port.out.MonthlyCounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A tenant's monthly figures (docs/reports.md). Rates are null when their denominator is 0;
 * each formula is written out in the README under "Reports".
 */
public record MonthlyReport(ReportMonth month, ZoneId zone, Instant from, Instant to, MonthlyCounts counts,
                            BigDecimal capturedRate, BigDecimal nextStep24hRate, BigDecimal reviewConversion,
                            BigDecimal missedCallRate, BigDecimal replyRate, long ticketsFromMissedCalls,
                            BigDecimal recoveryRate) {
}
