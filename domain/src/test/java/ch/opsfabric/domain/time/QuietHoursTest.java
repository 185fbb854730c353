package ch.opsfabric.domain.time;

import org.junit.jupiter.api.Test;

import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class QuietHoursTest {

    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0));

    @Test
    void the_default_quiet_hours_run_from_21_to_7() {
        assertThat(QuietHours.DEFAULT).isEqualTo(NIGHT);
    }

    @Test
    void a_window_crossing_midnight_contains_the_late_evening_and_the_early_morning() {
        assertThat(NIGHT.contains(LocalTime.of(23, 30))).isTrue();
        assertThat(NIGHT.contains(LocalTime.MIDNIGHT)).isTrue();
        assertThat(NIGHT.contains(LocalTime.of(3, 0))).isTrue();
    }

    @Test
    void a_window_crossing_midnight_does_not_contain_the_day() {
        assertThat(NIGHT.contains(LocalTime.of(12, 0))).isFalse();
        assertThat(NIGHT.contains(LocalTime.of(20, 59))).isFalse();
    }

    @Test
    void the_window_includes_its_start_and_excludes_its_end() {
        assertThat(NIGHT.contains(LocalTime.of(21, 0))).isTrue();
        assertThat(NIGHT.contains(LocalTime.of(6, 59, 59))).isTrue();
        assertThat(NIGHT.contains(LocalTime.of(7, 0))).isFalse();
    }

    @Test
    void a_window_within_one_day_contains_only_the_time_between_start_and_end() {
        var lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30));

        assertThat(lunch.contains(LocalTime.of(12, 45))).isTrue();
        assertThat(lunch.contains(LocalTime.of(13, 30))).isFalse();
        assertThat(lunch.contains(LocalTime.of(23, 0))).isFalse();
        assertThat(lunch.contains(LocalTime.of(6, 0))).isFalse();
    }

    @Test
    void start_equal_to_end_means_the_tenant_has_no_quiet_hours() {
        var sameStartAndEnd = new QuietHours(LocalTime.of(8, 0), LocalTime.of(8, 0));

        assertThat(sameStartAndEnd.isNone()).isTrue();
        assertThat(sameStartAndEnd.contains(LocalTime.of(8, 0))).isFalse();
        assertThat(QuietHours.none().contains(LocalTime.of(3, 0))).isFalse();
        assertThat(NIGHT.isNone()).isFalse();
    }

    @Test
    void quiet_hours_need_a_start_and_an_end() {
        assertThatNullPointerException().isThrownBy(() -> new QuietHours(null, LocalTime.of(7, 0)));
        assertThatNullPointerException().isThrownBy(() -> new QuietHours(LocalTime.of(21, 0), null));
    }
}
