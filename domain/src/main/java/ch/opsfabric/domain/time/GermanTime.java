package ch.opsfabric.domain.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Renders times for people, in German, in the tenant's time zone.
 *
 * <p>Patterns and weekday names are spelled out here rather than taken from a locale, so the
 * text in an SMS is the same on every JDK: {@code heute 14:30}, {@code morgen 08:30},
 * {@code Mo 08:30} for two to six days ahead, {@code Mo 24.11. 08:30} otherwise.
 */
public final class GermanTime {

    private static final List<String> WEEKDAYS = List.of("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("dd.MM.", Locale.ROOT);

    private GermanTime() {
    }

    /** A deadline as seen from {@code now}, e.g. in "Wir melden uns bis morgen 08:30." */
    public static String deadline(Instant deadline, Instant now, ZoneId zone) {
        ZonedDateTime local = deadline.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        long daysAhead = ChronoUnit.DAYS.between(today, local.toLocalDate());
        if (daysAhead == 0) {
            return "heute " + TIME.format(local);
        }
        if (daysAhead == 1) {
            return "morgen " + TIME.format(local);
        }
        if (daysAhead >= 2 && daysAhead <= 6) {
            return weekday(local) + " " + TIME.format(local);
        }
        return withDate(local);
    }

    /** An appointment, e.g. in "Ihr Termin bei {Betrieb}: Di 25.11. 14:00." */
    public static String appointment(Instant appointment, ZoneId zone) {
        return withDate(appointment.atZone(zone));
    }

    private static String withDate(ZonedDateTime local) {
        return weekday(local) + " " + DAY_AND_MONTH.format(local) + " " + TIME.format(local);
    }

    private static String weekday(ZonedDateTime local) {
        return WEEKDAYS.get(local.getDayOfWeek().getValue() - 1);
    }
}
