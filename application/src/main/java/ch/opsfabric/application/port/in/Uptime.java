package ch.opsfabric.application.port.in;

import java.math.BigDecimal;

/**
 * The share of a month's minutes, so far, in which the service answered its health check
 * (docs/reports.md).
 *
 * @param answeredMinutes minutes in which at least one instance answered
 * @param minutes         minutes measured: from the month's start (or the first heartbeat ever, when later) to
 *                        its end, or to the start of the current minute for the running month
 * @param rate            {@code answeredMinutes ÷ minutes}, null when no minute was measured
 */
public record Uptime(long answeredMinutes, long minutes, BigDecimal rate) {
}
