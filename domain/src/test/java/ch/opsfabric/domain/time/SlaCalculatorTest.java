package ch.opsfabric.domain.time;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static ch.opsfabric.domain.time.TenantSla.aZurichTenant;
import static ch.opsfabric.domain.time.Zurich.at;
import static ch.opsfabric.domain.time.Zurich.atOffset;
import static org.assertj.core.api.Assertions.assertThat;

class SlaCalculatorTest {

    private static final PublicHolidays NO_HOLIDAYS = (canton, date) -> false;

    private final SlaCalculator calculator = new SlaCalculator(NO_HOLIDAYS);

    @Test
    void a_deadline_that_crosses_the_weekend_resumes_on_monday_morning() {
        // A worked example: 30 minutes on Friday evening, 90 on Monday from 07:00.
        var policy = aZurichTenant().withMinutes(120).withQuietHours("21:00", "07:00").policy();

        assertThat(calculator.deadline(at("2025-11-21T20:30"), policy)).isEqualTo(at("2025-11-24T08:30"));
    }

    @Test
    void a_deadline_within_working_hours_is_created_at_plus_the_sla_minutes() {
        assertThat(calculator.deadline(at("2025-11-25T10:00"), aZurichTenant().withMinutes(120).policy()))
                .isEqualTo(at("2025-11-25T12:00"));
    }

    @Test
    void quiet_hours_pause_the_clock_overnight() {
        assertThat(calculator.deadline(at("2025-11-25T20:30"), aZurichTenant().withMinutes(120).policy()))
                .isEqualTo(at("2025-11-26T08:30"));
    }

    @Test
    void an_sla_created_in_the_evening_quiet_hours_starts_counting_at_their_end() {
        assertThat(calculator.deadline(at("2025-11-25T23:00"), aZurichTenant().withMinutes(120).policy()))
                .isEqualTo(at("2025-11-26T09:00"));
    }

    @Test
    void an_sla_created_in_the_early_morning_quiet_hours_starts_counting_at_their_end() {
        assertThat(calculator.deadline(at("2025-11-26T05:00"), aZurichTenant().withMinutes(120).policy()))
                .isEqualTo(at("2025-11-26T09:00"));
    }

    @Test
    void a_deadline_that_uses_up_the_minutes_exactly_when_quiet_hours_start_is_that_instant() {
        assertThat(calculator.deadline(at("2025-11-25T19:00"), aZurichTenant().withMinutes(120).policy()))
                .isEqualTo(at("2025-11-25T21:00"));
    }

    @Test
    void a_long_sla_spans_several_working_days() {
        // 14 counting hours on Monday (07:00-21:00), the last hour on Tuesday.
        assertThat(calculator.deadline(at("2025-11-24T07:00"), aZurichTenant().withMinutes(15 * 60).policy()))
                .isEqualTo(at("2025-11-25T08:00"));
    }

    @Test
    void without_quiet_hours_the_deadline_is_plain_addition() {
        var policy = aZurichTenant().withoutQuietHours().withMinutes(120).policy();

        assertThat(calculator.deadline(at("2025-11-25T20:30"), policy)).isEqualTo(at("2025-11-25T22:30"));
    }

    @Test
    void when_weekends_are_not_paused_saturday_counts() {
        var policy = aZurichTenant().countingWeekends().withMinutes(120).policy();

        assertThat(calculator.deadline(at("2025-11-21T20:30"), policy)).isEqualTo(at("2025-11-22T08:30"));
    }

    @Test
    void an_sla_created_on_a_paused_weekend_starts_counting_on_monday_morning() {
        assertThat(calculator.deadline(at("2025-11-22T12:00"), aZurichTenant().withMinutes(120).policy()))
                .isEqualTo(at("2025-11-24T09:00"));
    }

    @Test
    void a_paused_day_is_a_whole_local_day_from_midnight_to_midnight() {
        var policy = aZurichTenant().withoutQuietHours().withMinutes(120).policy();

        assertThat(calculator.deadline(at("2025-11-22T12:00"), policy)).isEqualTo(at("2025-11-24T02:00"));
    }

    @Test
    void a_public_holiday_of_the_tenants_canton_pauses_the_clock() {
        var tuesdayOffInZurich = holidayOn(Canton.ZH, LocalDate.parse("2025-11-25"));
        var policy = aZurichTenant().inCanton(Canton.ZH).withMinutes(120).policy();

        assertThat(new SlaCalculator(tuesdayOffInZurich).deadline(at("2025-11-24T20:30"), policy))
                .isEqualTo(at("2025-11-26T08:30"));
    }

    @Test
    void a_public_holiday_of_another_canton_does_not_pause_the_clock() {
        var tuesdayOffInBern = holidayOn(Canton.BE, LocalDate.parse("2025-11-25"));
        var policy = aZurichTenant().inCanton(Canton.ZH).withMinutes(120).policy();

        assertThat(new SlaCalculator(tuesdayOffInBern).deadline(at("2025-11-24T20:30"), policy))
                .isEqualTo(at("2025-11-25T08:30"));
    }

    @Test
    void without_a_canton_public_holidays_do_not_pause_the_clock() {
        var everyDayOff = (PublicHolidays) (canton, date) -> true;
        var policy = aZurichTenant().withMinutes(120).policy();

        assertThat(new SlaCalculator(everyDayOff).deadline(at("2025-11-24T20:30"), policy))
                .isEqualTo(at("2025-11-25T08:30"));
    }

    @Test
    void on_the_spring_change_day_the_clock_resumes_at_7_summer_time() {
        var policy = aZurichTenant().countingWeekends().withMinutes(120).policy();

        assertThat(calculator.deadline(at("2026-03-28T20:00"), policy))
                .isEqualTo(atOffset("2026-03-29T08:00+02:00"));
    }

    @Test
    void on_the_autumn_change_day_the_clock_resumes_at_7_winter_time() {
        var policy = aZurichTenant().countingWeekends().withMinutes(120).policy();

        assertThat(calculator.deadline(at("2026-10-24T20:00"), policy))
                .isEqualTo(atOffset("2026-10-25T08:00+01:00"));
    }

    @Test
    void sla_minutes_are_elapsed_minutes_across_a_clock_change() {
        // One real hour after 01:30 CET the wall clock shows 03:30 CEST.
        var policy = aZurichTenant().withoutQuietHours().countingWeekends().withMinutes(60).policy();

        assertThat(calculator.deadline(at("2026-03-29T01:30"), policy))
                .isEqualTo(atOffset("2026-03-29T03:30+02:00"));
    }

    /** The real holiday calendar, for rules that depend on which days Swiss cantons keep. */
    @Nested
    class WithSwissHolidays {

        private final SlaCalculator swiss = new SlaCalculator(new SwissPublicHolidays());

        @Test
        void christmas_and_stephens_day_pause_the_clock_in_zurich() {
            var policy = aZurichTenant().inCanton(Canton.ZH).countingWeekends().withMinutes(120).policy();

            assertThat(swiss.deadline(at("2026-12-24T20:00"), policy)).isEqualTo(at("2026-12-27T08:00"));
        }

        @Test
        void good_friday_and_easter_monday_pause_the_clock_in_zurich() {
            var policy = aZurichTenant().inCanton(Canton.ZH).withMinutes(120).policy();

            assertThat(swiss.deadline(at("2026-04-02T20:00"), policy)).isEqualTo(at("2026-04-07T08:00"));
        }

        @Test
        void berchtoldstag_pauses_the_clock_in_bern() {
            var policy = aZurichTenant().inCanton(Canton.BE).countingWeekends().withMinutes(120).policy();

            assertThat(swiss.deadline(at("2026-12-31T20:00"), policy)).isEqualTo(at("2027-01-03T08:00"));
        }

        @Test
        void berchtoldstag_is_only_a_bank_holiday_in_zurich_so_the_clock_runs() {
            var policy = aZurichTenant().inCanton(Canton.ZH).countingWeekends().withMinutes(120).policy();

            assertThat(swiss.deadline(at("2026-12-31T20:00"), policy)).isEqualTo(at("2027-01-02T08:00"));
        }
    }

    private static PublicHolidays holidayOn(Canton holidayCanton, LocalDate holiday) {
        return (canton, date) -> canton == holidayCanton && date.equals(holiday);
    }
}
