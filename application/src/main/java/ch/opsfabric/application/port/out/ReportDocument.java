package ch.opsfabric.application.port.out;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the monthly report's PDF shows (docs/reports.md, Monthly report e-mail).
 *
 * @param ticketsFromMissedCalls tickets the month's missed calls led to (by reply or wizard link)
 * @param ticketsPerDay          every local day of the month with its tickets, zeros included
 */
public record ReportDocument(String businessName, YearMonth month, MonthlyCounts counts, long ticketsFromMissedCalls,
                             SortedMap<LocalDate, Long> ticketsPerDay) {

    public ReportDocument {
        Objects.requireNonNull(businessName, "businessName");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(counts, "counts");
        ticketsPerDay = new TreeMap<>(Objects.requireNonNull(ticketsPerDay, "ticketsPerDay"));
    }

    /** The days of {@code month}, each with its count from {@code counted} or 0. */
    public static SortedMap<LocalDate, Long> everyDay(YearMonth month, Map<LocalDate, Long> counted) {
        var days = new TreeMap<LocalDate, Long>();
        for (var day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            days.put(day, counted.getOrDefault(day, 0L));
        }
        return days;
    }
}
