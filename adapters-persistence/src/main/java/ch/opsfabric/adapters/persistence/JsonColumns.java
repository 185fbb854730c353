package ch.opsfabric.adapters.persistence;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Converts JSONB columns to and from the maps the domain uses. */
@Singleton
class JsonColumns {

    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    private final JsonMapper mapper;

    JsonColumns(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String write(Map<String, ?> value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException impossibleForMaps) {
            throw new UncheckedIOException(impossibleForMaps);
        }
    }

    Map<String, Object> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return mapper.readValue(json, MAP);
        } catch (IOException corruptColumn) {
            throw new UncheckedIOException("unreadable JSON column: " + json, corruptColumn);
        }
    }
}
