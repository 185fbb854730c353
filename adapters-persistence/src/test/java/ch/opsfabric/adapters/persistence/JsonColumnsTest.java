package ch.opsfabric.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whichever way a map is written, the column holds what the mapper would have written. */
class JsonColumnsTest {

    private static final Argument<Object> ANY = Argument.of(Object.class);

    private final JsonMapper mapper = JsonMapper.createDefault();
    private final JsonColumns columns = new JsonColumns(mapper);

    @Test
    void a_map_of_json_values_is_written_as_the_mapper_writes_it() throws IOException {
        var nested = new LinkedHashMap<String, Object>();
        nested.put("floor", "2. OG");
        nested.put("pets", null);
        var metadata = new LinkedHashMap<String, Object>();
        metadata.put("ort", "Zürich \"Altstadt\"\n\t\u0001 ✓");
        metadata.put("photos", 2);
        metadata.put("size", 12_345_678_901L);
        metadata.put("big", new BigInteger("123456789012345678901234567890"));
        metadata.put("price", new BigDecimal("1234.50"));
        metadata.put("ratio", 0.25);
        metadata.put("urgent", true);
        metadata.put("answers", nested);
        metadata.put("rooms", List.of("Küche", 3, false, List.of()));
        metadata.put("referrer", null);

        assertWrittenAsTheMapperWrites(metadata);
        assertWrittenAsTheMapperWrites(Map.of());
    }

    @Test
    void a_map_holding_other_values_is_written_by_the_mapper() throws IOException {
        var metadata = new LinkedHashMap<String, Object>();
        metadata.put("plz", "8001");
        metadata.put("at", Instant.parse("2026-03-02T08:00:00Z"));
        metadata.put("tags", Set.of("a"));
        metadata.put("share", 1.5f);
        metadata.put("not_a_number", Double.NaN);

        assertThat(columns.write(metadata)).isEqualTo(mapper.writeValueAsString(metadata));
    }

    private void assertWrittenAsTheMapperWrites(Map<String, Object> map) throws IOException {
        assertThat(mapper.readValue(columns.write(map), ANY))
                .isEqualTo(mapper.readValue(mapper.writeValueAsString(map), ANY));
    }
}
