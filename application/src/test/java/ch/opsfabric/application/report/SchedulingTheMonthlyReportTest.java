package ch.opsfabric.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** docs/reports.md, Monthly report e-mail: last month's report is due from 08:00 on the 1st, local time. */
class SchedulingTheMonthlyReportTest {

    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

    @Test
    void nothing_is_due_before_08_00_on_the_first() {
        var justBefore = ZonedDateTime.of(2026, 12, 1, 7, 59, 59, 0, ZURICH).toInstant();

        assertThat(MonthlyReportSchedule.dueMonth(justBefore, ZURICH)).isEmpty();
    }

    @Test
    void from_08_00_on_the_first_last_months_report_is_due() {
        var eight = ZonedDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZURICH).toInstant();

        assertThat(MonthlyReportSchedule.dueMonth(eight, ZURICH)).contains(YearMonth.of(2026, 11));
    }

    @Test
    void it_stays_due_for_the_rest_of_the_month_for_an_instance_that_was_down_at_08_00() {
        var later = ZonedDateTime.of(2026, 12, 17, 3, 0, 0, 0, ZURICH).toInstant();

        assertThat(MonthlyReportSchedule.dueMonth(later, ZURICH)).contains(YearMonth.of(2026, 11));
    }

    @Test
    void the_first_is_counted_in_the_business_own_time_zone() {
        // 08:00 in Zurich on 1 January is 02:00 in New York: not yet for a business there.
        var zurichEight = ZonedDateTime.of(2027, 1, 1, 8, 0, 0, 0, ZURICH).toInstant();

        assertThat(MonthlyReportSchedule.dueMonth(zurichEight, ZURICH)).contains(YearMonth.of(2026, 12));
        assertThat(MonthlyReportSchedule.dueMonth(zurichEight, ZoneId.of("America/New_York"))).isEmpty();
    }

    @Test
    void the_email_names_the_month_in_german_and_rates_in_whole_percent() {
        assertThat(MonthlyReportMail.monthName(YearMonth.of(2026, 3))).isEqualTo("März 2026");
        assertThat(MonthlyReportMail.percent(new BigDecimal("0.6667"))).isEqualTo("67 %");
        assertThat(MonthlyReportMail.percent(null)).isEqualTo("–");
    }
}
