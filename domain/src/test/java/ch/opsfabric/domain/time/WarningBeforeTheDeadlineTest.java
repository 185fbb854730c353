package ch.opsfabric.domain.time;

import static ch.opsfabric.domain.time.TenantSla.aZurichTenant;
import static ch.opsfabric.domain.time.Zurich.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** SlaCalculator.warningAt: when the warning minutes are all that is left of a ticket's SLA time. */
class WarningBeforeTheDeadlineTest {

    private final SlaCalculator calculator = new SlaCalculator((canton, date) -> false);

    @Test
    void within_working_hours_the_warning_comes_the_warning_minutes_before_the_deadline() {
        var policy = aZurichTenant().withMinutes(120).policy();

        assertThat(calculator.warningAt(at("2025-11-25T10:00"), policy, 30)).contains(at("2025-11-25T11:30"));
    }

    @Test
    void quiet_hours_do_not_count_so_a_warning_over_night_comes_in_the_morning() {
        // 60 minutes count on the evening (20:00-21:00), the other 30 from 07:00: 30 are left at 07:30.
        var policy = aZurichTenant().withMinutes(120).withQuietHours("21:00", "07:00").policy();

        assertThat(calculator.warningAt(at("2025-11-25T20:00"), policy, 30)).contains(at("2025-11-26T07:30"));
    }

    @Test
    void a_warning_due_exactly_when_quiet_hours_begin_comes_when_they_end_never_at_night() {
        // 90 counted minutes end at 21:00 sharp; the deadline itself is 07:30 the next morning.
        var policy = aZurichTenant().withMinutes(120).withQuietHours("21:00", "07:00").policy();

        assertThat(calculator.warningAt(at("2025-11-25T19:30"), policy, 30)).contains(at("2025-11-26T07:00"));
        assertThat(calculator.deadline(at("2025-11-25T19:30"), policy)).isEqualTo(at("2025-11-26T07:30"));
    }

    @Test
    void a_public_holiday_of_the_canton_does_not_count() {
        var holidayTuesday = new SlaCalculator((canton, date) -> canton == Canton.ZH
                && date.equals(LocalDate.parse("2025-11-25")));
        var policy = aZurichTenant().inCanton(Canton.ZH).withMinutes(120).policy();

        // Monday 20:30: 30 minutes count that evening, 60 more on Wednesday from 07:00.
        assertThat(holidayTuesday.warningAt(at("2025-11-24T20:30"), policy, 30)).contains(at("2025-11-26T08:00"));
    }

    @Test
    void no_warning_when_it_is_off_or_not_shorter_than_the_whole_response_time() {
        var policy = aZurichTenant().withMinutes(120).policy();

        assertThat(calculator.warningAt(at("2025-11-25T10:00"), policy, 0)).isEmpty();
        assertThat(calculator.warningAt(at("2025-11-25T10:00"), policy, 120)).isEmpty();
    }
}
