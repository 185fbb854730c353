package ch.opsfabric.domain.time;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A tenant's daily quiet hours as a wall-clock window {@code [start, end)}.
 *
 * <p>The window may cross midnight (21:00–07:00 contains 23:00 and 06:59, not 07:00).
 * {@code start == end} is how a tenant says it has no quiet hours at all; such a window
 * contains nothing. Which time zone the wall clock belongs to is the business of
 * {@link QuietHoursPolicy}.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    /** The default for every tenant: 21:00–07:00. */
    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0));

    public QuietHours {
        Objects.requireNonNull(start, "quiet hours start is required");
        Objects.requireNonNull(end, "quiet hours end is required");
    }

    public static QuietHours none() {
        return new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    public boolean isNone() {
        return start.equals(end);
    }

    public boolean contains(LocalTime time) {
        Objects.requireNonNull(time, "time is required");
        if (isNone()) {
            return false;
        }
        boolean afterStart = !time.isBefore(start);
        boolean beforeEnd = time.isBefore(end);
        return crossesMidnight() ? afterStart || beforeEnd : afterStart && beforeEnd;
    }

    private boolean crossesMidnight() {
        return end.isBefore(start);
    }
}
