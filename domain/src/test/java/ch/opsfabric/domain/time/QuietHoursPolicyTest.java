package ch.opsfabric.domain.time;

import org.junit.jupiter.api.Test;

import java.time.LocalTime;

import static ch.opsfabric.domain.time.Zurich.at;
import static ch.opsfabric.domain.time.Zurich.atOffset;
import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursPolicyTest {

    private final QuietHoursPolicy zurichNights = new QuietHoursPolicy(QuietHours.DEFAULT, Zurich.ZONE);

    @Test
    void quiet_hours_are_read_off_the_tenants_wall_clock() {
        // 20:30 UTC is 21:30 in Zurich in winter and 22:30 in summer: quiet in both.
        assertThat(zurichNights.isQuiet(atOffset("2025-11-24T20:30Z"))).isTrue();
        assertThat(zurichNights.isQuiet(atOffset("2025-07-01T20:30Z"))).isTrue();
        // 06:30 UTC is 07:30 in Zurich in winter: no longer quiet, although 06:30 would be.
        assertThat(zurichNights.isQuiet(atOffset("2025-11-24T06:30Z"))).isFalse();
    }

    @Test
    void a_message_due_outside_quiet_hours_is_sent_at_once() {
        var due = at("2025-11-24T14:00");

        assertThat(zurichNights.nextAllowedSend(due)).isEqualTo(due);
    }

    @Test
    void a_message_due_in_the_evening_waits_for_the_end_of_quiet_hours_next_morning() {
        assertThat(zurichNights.nextAllowedSend(at("2025-11-24T22:15")))
                .isEqualTo(at("2025-11-25T07:00"));
    }

    @Test
    void a_message_due_after_midnight_waits_for_the_end_of_quiet_hours_that_morning() {
        assertThat(zurichNights.nextAllowedSend(at("2025-11-25T03:00")))
                .isEqualTo(at("2025-11-25T07:00"));
    }

    @Test
    void a_message_due_exactly_when_quiet_hours_end_is_sent_at_once() {
        var due = at("2025-11-25T07:00");

        assertThat(zurichNights.nextAllowedSend(due)).isEqualTo(due);
    }

    @Test
    void a_message_due_exactly_when_quiet_hours_start_is_held_back() {
        assertThat(zurichNights.nextAllowedSend(at("2025-11-24T21:00")))
                .isEqualTo(at("2025-11-25T07:00"));
    }

    @Test
    void without_quiet_hours_nothing_is_held_back() {
        var none = new QuietHoursPolicy(QuietHours.none(), Zurich.ZONE);
        var due = at("2025-11-25T03:00");

        assertThat(none.isQuiet(due)).isFalse();
        assertThat(none.nextAllowedSend(due)).isEqualTo(due);
    }

    @Test
    void on_the_spring_change_day_a_held_message_goes_out_at_7_summer_time() {
        // 29 March 2026: 02:00 CET becomes 03:00 CEST, so the night is one hour shorter.
        assertThat(zurichNights.nextAllowedSend(at("2026-03-28T22:00")))
                .isEqualTo(atOffset("2026-03-29T07:00+02:00"))
                .isEqualTo(atOffset("2026-03-29T05:00Z"));
    }

    @Test
    void on_the_autumn_change_day_a_held_message_goes_out_at_7_winter_time() {
        // 25 October 2026: 03:00 CEST becomes 02:00 CET, so the night is one hour longer.
        assertThat(zurichNights.nextAllowedSend(at("2026-10-24T22:00")))
                .isEqualTo(atOffset("2026-10-25T07:00+01:00"))
                .isEqualTo(atOffset("2026-10-25T06:00Z"));
    }

    @Test
    void a_quiet_hours_end_that_falls_into_the_spring_gap_moves_to_the_first_valid_instant_after_it() {
        var endsAtHalfPastTwo = new QuietHoursPolicy(new QuietHours(LocalTime.of(22, 0), LocalTime.of(2, 30)), Zurich.ZONE);

        assertThat(endsAtHalfPastTwo.nextAllowedSend(at("2026-03-29T01:00")))
                .isEqualTo(atOffset("2026-03-29T03:00+02:00"));
    }

    @Test
    void a_quiet_hours_end_that_occurs_twice_in_autumn_is_taken_at_its_first_occurrence() {
        var endsAtHalfPastTwo = new QuietHoursPolicy(new QuietHours(LocalTime.MIDNIGHT, LocalTime.of(2, 30)), Zurich.ZONE);

        assertThat(endsAtHalfPastTwo.nextAllowedSend(atOffset("2026-10-25T01:00+02:00")))
                .isEqualTo(atOffset("2026-10-25T02:30+02:00"));
    }

    @Test
    void in_the_repeated_autumn_hour_the_wall_clock_is_quiet_again_until_the_second_occurrence_of_the_end() {
        var endsAtHalfPastTwo = new QuietHoursPolicy(new QuietHours(LocalTime.MIDNIGHT, LocalTime.of(2, 30)), Zurich.ZONE);

        assertThat(endsAtHalfPastTwo.nextAllowedSend(atOffset("2026-10-25T02:10+01:00")))
                .isEqualTo(atOffset("2026-10-25T02:30+01:00"));
    }
}
