package ch.opsfabric.domain.time;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CantonTest {

    @Test
    void a_canton_is_parsed_from_its_code_in_either_case() {
        assertThat(Canton.fromCode("zh")).isEqualTo(Canton.ZH);
        assertThat(Canton.fromCode("BE")).isEqualTo(Canton.BE);
        assertThat(Canton.fromCode(" lu ")).isEqualTo(Canton.LU);
    }

    @Test
    void an_unknown_canton_code_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Canton.fromCode("xx")).withMessageContaining("xx");
        assertThatIllegalArgumentException().isThrownBy(() -> Canton.fromCode(""));
    }

    @Test
    void a_cantons_code_is_lower_case() {
        assertThat(Canton.ZH.code()).isEqualTo("zh");
    }
}
