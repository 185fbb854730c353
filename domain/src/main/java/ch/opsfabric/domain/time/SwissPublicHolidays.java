package ch.opsfabric.domain.time;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Swiss public holidays from the jollyday library, federal plus cantonal.
 *
 * <p>Only days the library types as {@link HolidayType#PUBLIC_HOLIDAY} count. Bank holidays and
 * observances do not: Berchtoldstag (2 January) is a public holiday in Bern but in Zurich only a
 * bank holiday, not a legal day of rest. Each canton's holidays are loaded once per year and
 * cached; the class is safe for concurrent use.
 */
public final class SwissPublicHolidays implements PublicHolidays {

    private record CantonYear(Canton canton, Year year) {
    }

    private final HolidayManager manager =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWITZERLAND));
    private final Map<CantonYear, Set<LocalDate>> cache = new ConcurrentHashMap<>();

    @Override
    public boolean isHoliday(Canton canton, LocalDate date) {
        Objects.requireNonNull(canton, "canton is required");
        Objects.requireNonNull(date, "date is required");
        return cache.computeIfAbsent(new CantonYear(canton, Year.from(date)), this::load).contains(date);
    }

    private Set<LocalDate> load(CantonYear key) {
        return manager.getHolidays(key.year(), HolidayType.PUBLIC_HOLIDAY, key.canton().code()).stream()
                .map(Holiday::getActualDate)
                .collect(Collectors.toUnmodifiableSet());
    }
}
