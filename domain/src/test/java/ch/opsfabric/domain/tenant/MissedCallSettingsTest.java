package ch.opsfabric.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import ch.opsfabric.domain.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/domain-rules.md, Missed-call recovery defaults and ranges of missed-call recovery. */
class MissedCallSettingsTest {

    @Test
    void the_defaults_are_45_seconds_delay_15_minutes_dedupe_3_sms_a_day_and_blocklist_after_5_calls() {
        assertThat(MissedCallSettings.DEFAULTS).isEqualTo(new MissedCallSettings(45, 15, 3, 5));
    }

    @ParameterizedTest(name = "{0}/{1}/{2}/{3} -> {4}")
    @CsvSource({
            "-1,  15,   3,    5, missed_call_delay_seconds",
            "301, 15,   3,    5, missed_call_delay_seconds",
            "45,  -1,   3,    5, missed_call_dedupe_minutes",
            "45,  1441, 3,    5, missed_call_dedupe_minutes",
            "45,  15,   -1,   5, missed_call_daily_sms_limit",
            "45,  15,   51,   5, missed_call_daily_sms_limit",
            "45,  15,   3,    0, missed_call_blocklist_threshold",
            "45,  15,   3, 1001, missed_call_blocklist_threshold"})
    void a_value_outside_its_range_is_refused_naming_its_field(int delaySeconds, int dedupeMinutes, int dailySmsLimit,
                                                               int blocklistThreshold, String field) {
        assertThatExceptionOfType(InvalidValue.class)
                .isThrownBy(() -> new MissedCallSettings(delaySeconds, dedupeMinutes, dailySmsLimit, blocklistThreshold))
                .satisfies(refusal -> assertThat(refusal.field()).isEqualTo(field));
    }

    @ParameterizedTest(name = "{0}/{1}/{2}/{3}")
    @CsvSource({"0, 0, 0, 1", "300, 1440, 50, 1000"})
    void the_ends_of_every_range_are_accepted(int delaySeconds, int dedupeMinutes, int dailySmsLimit,
                                              int blocklistThreshold) {
        assertThatNoException().isThrownBy(
                () -> new MissedCallSettings(delaySeconds, dedupeMinutes, dailySmsLimit, blocklistThreshold));
    }
}
