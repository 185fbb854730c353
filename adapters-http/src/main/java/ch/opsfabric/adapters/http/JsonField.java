package ch.opsfabric.adapters.http;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.InvalidFormatException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Strict readers for the fields of request bodies. Serde on its own turns a JSON number into a
 * string and a string into a boolean; this API refuses a value of the wrong JSON type instead, so
 * that {@code "contact_phone": 791234567} is reported as a wrong field rather than taken for a
 * number typed without its leading zero. A refusal is an {@link InvalidFormatException}, which
 * serde reports with the property it was reading; {@link ErrorAnswers} names that field.
 *
 * <p>Put on a record component with {@code @Serdeable.Deserializable(using = JsonField.Text.class)};
 * {@link JsonEdit} applies the same rules to the value of a PATCH field.
 */
final class JsonField {

    private static final String NUL = "must not contain the NUL character";

    private JsonField() {
    }

    /** The rules by the Java type a field is declared with: text, true/false, a whole number or an object. */
    static Object read(Object value, Class<?> type) throws InvalidFormatException {
        if (value == null) {
            return null;
        }
        if (type == String.class) {
            return text(value);
        }
        if (type == Boolean.class) {
            if (!(value instanceof Boolean flag)) {
                throw refused("must be true or false", value);
            }
            return flag;
        }
        if (type == Integer.class) {
            return wholeNumber(value);
        }
        if (type == Map.class) {
            if (!(value instanceof Map<?, ?> object)) {
                throw refused("must be a JSON object", value);
            }
            storable(object);
            return object;
        }
        throw new IllegalArgumentException("no JSON field rule for " + type);
    }

    private static String text(Object value) throws InvalidFormatException {
        if (!(value instanceof String text)) {
            throw refused("must be a string", value);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw refused(NUL, value);
        }
        return text;
    }

    private static Integer wholeNumber(Object value) throws InvalidFormatException {
        var whole = (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger)
                && ((Number) value).longValue() >= Integer.MIN_VALUE && ((Number) value).longValue() <= Integer.MAX_VALUE
                && (!(value instanceof BigInteger big) || big.bitLength() < 32);
        if (!whole) {
            throw refused("must be a whole number", value);
        }
        return ((Number) value).intValue();
    }

    /** PostgreSQL refuses the NUL character in text, in keys and values at any depth. */
    private static void storable(Object value) throws InvalidFormatException {
        switch (value) {
            case String text when text.indexOf('\u0000') >= 0 -> throw refused(NUL, value);
            case Map<?, ?> object -> {
                for (var entry : object.entrySet()) {
                    storable(entry.getKey());
                    storable(entry.getValue());
                }
            }
            case List<?> list -> {
                for (var element : list) {
                    storable(element);
                }
            }
            case null, default -> {
            }
        }
    }

    private static InvalidFormatException refused(String reason, Object value) {
        return new InvalidFormatException(reason, null, value);
    }

    private static Object decode(Decoder decoder, Class<?> type) throws IOException {
        return read(decoder.decodeArbitrary(), type);
    }

    /** A JSON string (or null). */
    @Singleton
    static final class Text implements Deserializer<String> {

        @Override
        public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type)
                throws IOException {
            return (String) decode(decoder, String.class);
        }
    }

    /** {@code true} or {@code false} (or null). */
    @Singleton
    static final class Flag implements Deserializer<Boolean> {

        @Override
        public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
                throws IOException {
            return (Boolean) decode(decoder, Boolean.class);
        }
    }

    /** A JSON object of any content (or null), as maps, lists, strings, numbers and booleans. */
    @Singleton
    static final class JsonObject implements Deserializer<Map<String, Object>> {

        @Override
        @SuppressWarnings("unchecked")
        public Map<String, Object> deserialize(Decoder decoder, DecoderContext context,
                                               Argument<? super Map<String, Object>> type) throws IOException {
            return (Map<String, Object>) decode(decoder, Map.class);
        }
    }
}
