package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.MonthlyReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * The report page's charts as SVG geometry computed here, so the page draws them without any script: each chart
 * is a {@code viewBox} of fixed units the stylesheet scales to the page's width.
 */
final class ReportCharts {

    /**
     * Narrow user units, so the text keeps a readable size on a 360 px phone, where a unit is about a pixel. The
     * day chart's box (360 × 170, axis at 150, day numbers below it) is drawn in views/staff/report.html.
     */
    private static final int WIDTH = 360;
    private static final int DAYS_BASELINE = 150;
    private static final int DAYS_TOP = 10;
    private static final int FUNNEL_ROW = 30;
    private static final int FUNNEL_BAR_HEIGHT = 22;
    private static final int FUNNEL_LABEL = 118;
    private static final int FUNNEL_BAR = 200;
    private static final Locale SWISS_GERMAN = Locale.forLanguageTag("de-CH");

    private ReportCharts() {
    }

    /** One day's bar: its label for the table, its count, where it stands and how high it is. */
    record DayBar(String day, int dayOfMonth, long tickets, double x, int y, double width, int height,
                  boolean labelled) {
    }

    /** One step of a funnel: its label, count, bar width and vertical place. */
    record FunnelStep(String label, long count, int y, int width, int textY, int countX) {

        public int barHeight() {
            return FUNNEL_BAR_HEIGHT;
        }
    }

    static List<DayBar> days(SortedMap<LocalDate, Long> perDay) {
        var max = Math.max(1, perDay.values().stream().mapToLong(Long::longValue).max().orElse(0));
        var slot = (double) WIDTH / perDay.size();
        var bars = new ArrayList<DayBar>();
        var index = 0;
        for (var entry : perDay.entrySet()) {
            var height = (int) Math.round((double) entry.getValue() * (DAYS_BASELINE - DAYS_TOP) / max);
            var day = entry.getKey();
            bars.add(new DayBar(day.getDayOfMonth() + "." + day.getMonthValue() + ".", day.getDayOfMonth(),
                    entry.getValue(), index * slot + 1, DAYS_BASELINE - height, slot - 2, height,
                    day.getDayOfMonth() == 1 || day.getDayOfMonth() % 5 == 0));
            index++;
        }
        return bars;
    }

    static long highestDay(SortedMap<LocalDate, Long> perDay) {
        return perDay.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    static List<FunnelStep> missedCallFunnel(MonthlyReport report) {
        var counts = report.counts();
        return funnel(List.of("Anrufe", "Verpasst", "SMS gesendet", "Antworten", "Tickets"),
                List.of(counts.inboundCalls(), counts.missedCalls(), counts.missedCallSmsSent(), counts.replies(),
                        report.ticketsFromMissedCalls()));
    }

    static List<FunnelStep> reviewFunnel(MonthlyReport report) {
        return funnel(List.of("Anfragen", "Klicks"),
                List.of(report.counts().reviewRequests(), report.counts().reviewClicks()));
    }

    static int funnelHeight(List<FunnelStep> steps) {
        return steps.size() * FUNNEL_ROW + 4;
    }

    private static List<FunnelStep> funnel(List<String> labels, List<Long> counts) {
        var max = Math.max(1, counts.stream().mapToLong(Long::longValue).max().orElse(0));
        var steps = new ArrayList<FunnelStep>();
        for (var i = 0; i < labels.size(); i++) {
            var width = (int) Math.round((double) counts.get(i) * FUNNEL_BAR / max);
            var y = i * FUNNEL_ROW + 4;
            steps.add(new FunnelStep(labels.get(i), counts.get(i), y, width, y + 16,
                    FUNNEL_LABEL + width + 6));
        }
        return steps;
    }

    /** A rate as German text, "62.5 %" (Swiss German), or "–" when it has no denominator. */
    static String percent(BigDecimal rate) {
        if (rate == null) {
            return "–";
        }
        var format = NumberFormat.getNumberInstance(SWISS_GERMAN);
        format.setMaximumFractionDigits(1);
        return format.format(rate.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)) + " %";
    }

    /** Seconds as "2 h 30 min" or "45 min", or "–" when no ticket had the step. */
    static String duration(Double seconds) {
        if (seconds == null) {
            return "–";
        }
        var minutes = Math.round(seconds / 60);
        return minutes >= 60 ? minutes / 60 + " h " + minutes % 60 + " min" : minutes + " min";
    }

    static int funnelLabelX() {
        return FUNNEL_LABEL;
    }
}
