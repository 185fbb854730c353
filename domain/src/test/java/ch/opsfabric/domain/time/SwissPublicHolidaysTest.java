package ch.opsfabric.domain.time;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class SwissPublicHolidaysTest {

    private final SwissPublicHolidays holidays = new SwissPublicHolidays();

    @Test
    void every_canton_is_known_to_the_holiday_library() {
        // The library falls back to federal holidays for an unknown code, so a typo would go unnoticed.
        var libraryCodes = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWITZERLAND))
                .getCalendarHierarchy().getChildren().keySet();

        assertThat(Arrays.stream(Canton.values()).map(Canton::code)).containsExactlyInAnyOrderElementsOf(libraryCodes);
    }

    @Test
    void the_national_day_is_a_holiday_in_every_canton() {
        assertThat(Canton.values())
                .allSatisfy(canton -> assertThat(holidays.isHoliday(canton, LocalDate.parse("2026-08-01"))).isTrue());
    }

    @Test
    void zurich_keeps_its_cantonal_holidays() {
        assertThat(holidays.isHoliday(Canton.ZH, LocalDate.parse("2026-04-03"))).as("Good Friday").isTrue();
        assertThat(holidays.isHoliday(Canton.ZH, LocalDate.parse("2026-04-06"))).as("Easter Monday").isTrue();
        assertThat(holidays.isHoliday(Canton.ZH, LocalDate.parse("2026-05-01"))).as("Labour Day").isTrue();
        assertThat(holidays.isHoliday(Canton.ZH, LocalDate.parse("2026-05-25"))).as("Whit Monday").isTrue();
        assertThat(holidays.isHoliday(Canton.ZH, LocalDate.parse("2026-12-26"))).as("Stephen's Day").isTrue();
    }

    @Test
    void an_ordinary_working_day_is_no_holiday() {
        assertThat(holidays.isHoliday(Canton.ZH, LocalDate.parse("2026-11-24"))).isFalse();
    }

    @Test
    void a_cantonal_holiday_applies_only_in_its_canton() {
        var corpusChristi = LocalDate.parse("2026-06-04");

        assertThat(holidays.isHoliday(Canton.LU, corpusChristi)).isTrue();
        assertThat(holidays.isHoliday(Canton.ZH, corpusChristi)).isFalse();
    }

    @Test
    void berchtoldstag_is_a_public_holiday_in_bern_but_only_a_bank_holiday_in_zurich() {
        var berchtoldstag = LocalDate.parse("2027-01-02");

        assertThat(holidays.isHoliday(Canton.BE, berchtoldstag)).isTrue();
        assertThat(holidays.isHoliday(Canton.ZH, berchtoldstag)).isFalse();
    }

    @Test
    void an_observance_is_not_a_holiday() {
        // St Joseph's Day is an observance in Lucerne, not a day of rest.
        assertThat(holidays.isHoliday(Canton.LU, LocalDate.parse("2026-03-19"))).isFalse();
    }

    @Test
    void moveable_holidays_are_found_in_each_year_asked_for() {
        assertThat(holidays.isHoliday(Canton.ZH, LocalDate.parse("2031-04-14"))).as("Easter Monday 2031").isTrue();
        assertThat(holidays.isHoliday(Canton.ZH, LocalDate.parse("2025-04-21"))).as("Easter Monday 2025").isTrue();
    }
}
