package ch.opsfabric.domain.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** docs/domain-rules.md, SMS pumping guard: a business's SMS per local day, up to its {@code daily_sms_cap}. */
class CountingTheDailySmsCapTest {

    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

    @Test
    void the_allowance_is_what_is_left_of_the_cap_and_never_negative() {
        var cap = new DailySmsCap(300);

        assertThat(cap.allowance(0)).isEqualTo(300);
        assertThat(cap.allowance(299)).isEqualTo(1);
        assertThat(cap.allowance(300)).isZero();
        assertThat(cap.allowance(305)).isZero();
    }

    @Test
    void the_default_cap_is_300() {
        assertThat(DailySmsCap.DEFAULT.perDay()).isEqualTo(300);
    }

    @Test
    void a_negative_cap_is_refused_naming_the_field() {
        assertThatThrownBy(() -> new DailySmsCap(-1)).hasMessageStartingWith("daily_sms_cap:");
    }

    @Test
    void the_day_is_the_businesss_local_day() {
        var justAfterMidnightInZurich = Instant.parse("2026-03-09T23:30:00Z");

        assertThat(DailySmsCap.dayOf(justAfterMidnightInZurich, ZURICH)).hasToString("2026-03-10");
        assertThat(DailySmsCap.startOfDay(justAfterMidnightInZurich, ZURICH))
                .isEqualTo(Instant.parse("2026-03-09T23:00:00Z"));
    }
}
