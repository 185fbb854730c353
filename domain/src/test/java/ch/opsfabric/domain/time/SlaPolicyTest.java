package ch.opsfabric.domain.time;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class SlaPolicyTest {

    @Test
    void the_sla_response_time_must_be_positive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SlaPolicy(0, QuietHours.DEFAULT, Zurich.ZONE, true, Optional.empty()))
                .withMessageContaining("positive");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SlaPolicy(-5, QuietHours.DEFAULT, Zurich.ZONE, true, Optional.empty()));
    }

    @Test
    void quiet_hours_zone_and_canton_must_be_given() {
        assertThatNullPointerException()
                .isThrownBy(() -> new SlaPolicy(120, null, Zurich.ZONE, true, Optional.empty()));
        assertThatNullPointerException()
                .isThrownBy(() -> new SlaPolicy(120, QuietHours.DEFAULT, null, true, Optional.empty()));
        assertThatNullPointerException()
                .isThrownBy(() -> new SlaPolicy(120, QuietHours.DEFAULT, Zurich.ZONE, true, null));
    }
}
