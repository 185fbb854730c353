package ch.opsfabric.adapters.http;

import ch.opsfabric.domain.InvalidValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON object read field by field, so that a value of the wrong type is reported with its
 * field name instead of a generic binding error.
 */
final class JsonBody {

    private final JsonNode root;

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    static JsonBody parse(JsonMapper mapper, byte[] body) {
        if (body == null || body.length == 0) {
            throw new MalformedBody("the request body is empty; a JSON object is expected");
        }
        JsonNode root;
        try {
            root = mapper.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException unreadable) {
            throw new MalformedBody("the request body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedBody("the request body must be a JSON object");
        }
        return new JsonBody(root);
    }

    boolean has(String field) {
        return root.get(field) != null;
    }

    /** The top-level text, number and boolean fields as text, the way a form would carry them. */
    Map<String, List<String>> scalarFields() {
        var fields = new LinkedHashMap<String, List<String>>();
        for (var entry : root.entries()) {
            var value = entry.getValue();
            if (value.isString()) {
                fields.put(entry.getKey(), List.of(Text.storable(entry.getKey(), value.getStringValue())));
            } else if (value.isNumber() || value.isBoolean()) {
                fields.put(entry.getKey(), List.of(String.valueOf(value.getValue())));
            }
        }
        return fields;
    }

    /** Refuses fields this endpoint does not know, so a misspelt setting is not silently ignored. */
    void rejectUnknown(Set<String> known) {
        for (var entry : root.entries()) {
            if (!known.contains(entry.getKey())) {
                throw new InvalidValue(entry.getKey(), "is not a known field");
            }
        }
    }

    /** The text value, or null when the field is absent or JSON null. */
    String text(String field) {
        var value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidValue(field, "must be a string");
        }
        return Text.storable(field, value.getStringValue());
    }

    Boolean bool(String field) {
        var value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new InvalidValue(field, "must be true or false");
        }
        return value.getBooleanValue();
    }

    Integer integer(String field) {
        var value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || !isWhole(value)) {
            throw new InvalidValue(field, "must be a whole number");
        }
        return value.getIntValue();
    }

    /** A nested JSON object as plain Java values (maps, lists, strings, numbers, booleans). */
    Map<String, Object> object(String field) {
        var value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw new InvalidValue(field, "must be a JSON object");
        }
        var plain = new LinkedHashMap<String, Object>();
        for (var entry : value.entries()) {
            plain.put(Text.storable(field, entry.getKey()), plain(field, entry.getValue()));
        }
        return plain;
    }

    private static boolean isWhole(JsonNode number) {
        var value = number.getNumberValue();
        return (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger)
                && value.longValue() >= Integer.MIN_VALUE && value.longValue() <= Integer.MAX_VALUE;
    }

    private static Object plain(String field, JsonNode node) {
        if (node.isObject()) {
            var map = new LinkedHashMap<String, Object>();
            for (var entry : node.entries()) {
                map.put(Text.storable(field, entry.getKey()), plain(field, entry.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            var list = new ArrayList<Object>();
            for (var element : node.values()) {
                list.add(plain(field, element));
            }
            return list;
        }
        if (node.isNull()) {
            return null;
        }
        return node.isString() ? Text.storable(field, node.getStringValue()) : node.getValue();
    }
}
