package ch.opsfabric.adapters.persistence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Converts JSONB columns to and from the maps the domain uses. A map that holds only JSON's own kinds of values
 * (text, numbers, flags, null, nested maps and lists), such as the metadata of every ticket and event, is written by
 * jackson-core's generator directly: the mapper looks up a serializer for the map and each of its values, which
 * cost more than the rest of writing a ticket. Any other map goes through the mapper.
 */
@Singleton
class JsonColumns {

    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    private static final JsonFactory GENERATORS = new JsonFactory();

    private final JsonMapper mapper;

    JsonColumns(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String write(Map<String, ?> value) {
        try {
            var plain = plainJson(value);
            return plain != null ? plain : mapper.writeValueAsString(value);
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

    /** The map as JSON, or null when it holds a value that is not one of JSON's own kinds. */
    private static String plainJson(Map<String, ?> map) throws IOException {
        var text = new StringWriter();
        try (var generator = GENERATORS.createGenerator(text)) {
            if (!writePlain(generator, map)) {
                return null;
            }
        }
        return text.toString();
    }

    /** @return false, having written part of it, when the value is not one of JSON's own kinds */
    private static boolean writePlain(JsonGenerator generator, Object value) throws IOException {
        switch (value) {
            case null -> generator.writeNull();
            case String text -> generator.writeString(text);
            case Boolean flag -> generator.writeBoolean(flag);
            case Integer number -> generator.writeNumber(number);
            case Long number -> generator.writeNumber(number);
            case BigInteger number -> generator.writeNumber(number);
            case BigDecimal number -> generator.writeNumber(number);
            case Double number when Double.isFinite(number) -> generator.writeNumber(number);
            case Map<?, ?> map -> {
                generator.writeStartObject();
                for (var entry : map.entrySet()) {
                    if (!(entry.getKey() instanceof String key)) {
                        return false;
                    }
                    generator.writeFieldName(key);
                    if (!writePlain(generator, entry.getValue())) {
                        return false;
                    }
                }
                generator.writeEndObject();
            }
            case List<?> list -> {
                generator.writeStartArray();
                for (var element : list) {
                    if (!writePlain(generator, element)) {
                        return false;
                    }
                }
                generator.writeEndArray();
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
