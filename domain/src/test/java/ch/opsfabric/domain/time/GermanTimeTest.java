package ch.opsfabric.domain.time;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import static ch.opsfabric.domain.time.Zurich.ZONE;
import static ch.opsfabric.domain.time.Zurich.at;
import static ch.opsfabric.domain.time.Zurich.atOffset;
import static org.assertj.core.api.Assertions.assertThat;

class GermanTimeTest {

    /** Monday 24 November 2025, 10:00 in Zurich. */
    private static final Instant MONDAY_MORNING = at("2025-11-24T10:00");

    @Test
    void a_deadline_later_today_reads_heute() {
        assertThat(GermanTime.deadline(at("2025-11-24T14:30"), MONDAY_MORNING, ZONE)).isEqualTo("heute 14:30");
    }

    @Test
    void a_deadline_on_the_next_day_reads_morgen() {
        assertThat(GermanTime.deadline(at("2025-11-25T08:30"), MONDAY_MORNING, ZONE)).isEqualTo("morgen 08:30");
    }

    @Test
    void a_deadline_just_after_midnight_reads_morgen() {
        assertThat(GermanTime.deadline(at("2025-11-25T00:10"), at("2025-11-24T23:50"), ZONE)).isEqualTo("morgen 00:10");
    }

    @Test
    void days_are_counted_on_the_tenants_calendar_not_in_utc() {
        // Just after midnight in Zurich it is still the previous day in UTC.
        var now = at("2025-11-25T00:30");

        assertThat(GermanTime.deadline(at("2025-11-25T08:30"), now, ZONE)).isEqualTo("heute 08:30");
    }

    @Test
    void a_deadline_two_to_six_days_ahead_reads_as_weekday_and_time() {
        assertThat(GermanTime.deadline(at("2025-11-26T08:30"), MONDAY_MORNING, ZONE)).isEqualTo("Mi 08:30");
        assertThat(GermanTime.deadline(at("2025-11-30T08:30"), MONDAY_MORNING, ZONE)).isEqualTo("So 08:30");
    }

    @Test
    void a_deadline_seven_or_more_days_ahead_also_shows_the_date() {
        assertThat(GermanTime.deadline(at("2025-12-01T08:30"), MONDAY_MORNING, ZONE)).isEqualTo("Mo 01.12. 08:30");
    }

    @Test
    void a_deadline_in_the_past_shows_its_date_rather_than_heute() {
        assertThat(GermanTime.deadline(at("2025-11-23T16:00"), MONDAY_MORNING, ZONE)).isEqualTo("So 23.11. 16:00");
    }

    @Test
    void times_are_shown_on_the_tenants_wall_clock_in_summer_and_winter() {
        assertThat(GermanTime.deadline(atOffset("2025-11-24T13:30Z"), MONDAY_MORNING, ZONE)).isEqualTo("heute 14:30");
        assertThat(GermanTime.appointment(atOffset("2026-07-01T12:00Z"), ZONE)).isEqualTo("Mi 01.07. 14:00");
    }

    @Test
    void an_appointment_reads_as_weekday_date_and_time() {
        assertThat(GermanTime.appointment(at("2025-11-25T14:00"), ZONE)).isEqualTo("Di 25.11. 14:00");
    }

    @Test
    void weekdays_are_abbreviated_with_two_german_letters() {
        var week = IntStream.range(0, 7)
                .mapToObj(day -> GermanTime.appointment(at("2025-11-24T09:05").plus(Duration.ofDays(day)), ZONE))
                .map(text -> text.substring(0, 2))
                .toList();

        assertThat(week).containsExactly("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So");
    }
}
