package ch.opsfabric.adapters.sms;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * A provider's JSON answer, read leniently: an error page in HTML, an empty body or a missing
 * field must still end in a classified result, never in an exception out of the sender.
 */
public final class JsonReply {

    private final JsonNode root;

    private JsonReply(JsonNode root) {
        this.root = root;
    }

    public static JsonReply of(JsonMapper json, String body) {
        try {
            var root = json.readValue(body, JsonNode.class);
            return new JsonReply(root != null && root.isObject() ? root : empty());
        } catch (IOException | RuntimeException notJson) {
            return new JsonReply(empty());
        }
    }

    public boolean isEmpty() {
        return root.size() == 0;
    }

    /** A field's text; numbers come back as their decimal text ({@code 21211}). */
    public Optional<String> text(String field) {
        return text(root.get(field));
    }

    public Optional<JsonNode> node(String field) {
        return Optional.ofNullable(root.get(field)).filter(node -> !node.isNull());
    }

    public static Optional<String> text(JsonNode node) {
        if (node == null || !(node.isString() || node.isNumber())) {
            return Optional.empty();
        }
        return Optional.of(node.coerceStringValue()).filter(text -> !text.isBlank());
    }

    private static JsonNode empty() {
        return JsonNode.createObjectNode(Map.of());
    }
}
