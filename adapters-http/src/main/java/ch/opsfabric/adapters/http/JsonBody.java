package ch.opsfabric.adapters.http;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A webhook's JSON body (the testing alternative to a provider's form), read as the flat text
 * fields a form would carry. The raw bytes are kept for webhooks because their form bodies need
 * them (signatures, declared charsets); every other endpoint binds a typed request record.
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
}
