package ch.opsfabric.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metadata is copied once and can be changed by no one afterwards. */
class MapsTest {

    @Test
    void a_frozen_map_keeps_order_and_nulls_and_does_not_follow_its_source() {
        var source = new LinkedHashMap<String, Object>();
        source.put("plz", "8001");
        source.put("referrer", null);
        source.put("ort", "Zürich");

        var frozen = Maps.frozen(source);
        source.put("later", 1);

        assertThat(frozen.keySet()).containsExactly("plz", "referrer", "ort");
        assertThat(frozen).containsEntry("referrer", null).doesNotContainKey("later").hasSize(3);
    }

    @Test
    void a_frozen_map_cannot_be_changed() {
        var frozen = Maps.frozen(new LinkedHashMap<>(Map.of("plz", "8001")));

        assertThatThrownBy(() -> frozen.put("ort", "Bern")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.entrySet().iterator().next().setValue("3000"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(frozen::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_frozen_map_is_not_copied_again() {
        var frozen = Maps.frozen(new LinkedHashMap<>(Map.of("plz", "8001")));

        assertThat(Maps.frozen(frozen)).isSameAs(frozen);
    }
}
