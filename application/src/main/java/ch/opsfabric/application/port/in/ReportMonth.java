package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.InvalidValue;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A calendar month as a report covers it: from the local midnight starting its first day to the
 * local midnight starting the next month, in a given zone. A month in Zurich is therefore not the
 * UTC month: 31 October 23:30 local time belongs to October, 1 December 00:30 to December.
 */
public record ReportMonth(YearMonth month) {

    private static final Pattern YYYY_MM = Pattern.compile("\\d{4}-\\d{2}");

    public ReportMonth {
        Objects.requireNonNull(month, "month");
    }

    /** Reads the {@code month} parameter; anything but {@code YYYY-MM} is refused naming it. */
    public static ReportMonth parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValue("month", "is required, as YYYY-MM");
        }
        if (!YYYY_MM.matcher(text.strip()).matches()) {
            throw new InvalidValue("month", "must be YYYY-MM but was " + text);
        }
        try {
            return new ReportMonth(YearMonth.parse(text.strip()));
        } catch (DateTimeParseException notAMonth) {
            throw new InvalidValue("month", "is not a month: " + text);
        }
    }

    /** The first instant of the month in {@code zone} (inclusive). */
    public Instant start(ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** The first instant of the next month in {@code zone} (exclusive). */
    public Instant end(ZoneId zone) {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
