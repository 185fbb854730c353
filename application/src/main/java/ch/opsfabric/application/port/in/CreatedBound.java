package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.InvalidValue;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A bound on when tickets were created, as a client writes it: an exact ISO-8601 instant
 * ({@code 2026-11-24T09:00:00Z}, {@code 2026-11-24T10:00:00+01:00}), or a calendar day
 * ({@code 2026-11-24}) meaning that day in the business's time zone, as its staff count days.
 */
public sealed interface CreatedBound {

    record At(Instant instant) implements CreatedBound {

        public At {
            Objects.requireNonNull(instant, "instant");
        }
    }

    record Day(LocalDate day) implements CreatedBound {

        public Day {
            Objects.requireNonNull(day, "day");
        }
    }

    /** @return null for an absent or blank bound */
    static CreatedBound parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var value = text.strip();
        try {
            return value.contains("T") ? new At(Instant.parse(value)) : new Day(LocalDate.parse(value));
        } catch (DateTimeException unreadable) {
            throw new InvalidValue(field, "must be an ISO-8601 instant such as 2026-11-24T09:00:00Z "
                    + "or a date such as 2026-11-24: " + value);
        }
    }

    /** The first instant this bound lets in, as a lower bound (inclusive): a day starts at midnight. */
    default Instant asLowerBound(ZoneId zone) {
        return switch (this) {
            case At at -> at.instant();
            case Day day -> day.day().atStartOfDay(zone).toInstant();
        };
    }

    /** The first instant this bound keeps out, as an upper bound (exclusive): a day is included whole. */
    default Instant asUpperBound(ZoneId zone) {
        return switch (this) {
            case At at -> at.instant();
            case Day day -> day.day().plusDays(1).atStartOfDay(zone).toInstant();
        };
    }
}
