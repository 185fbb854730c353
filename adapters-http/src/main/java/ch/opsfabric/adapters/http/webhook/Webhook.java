package ch.opsfabric.adapters.http.webhook;

import ch.opsfabric.domain.InvalidValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The parameters of one provider callback, whatever it was sent as: a form (in the charset it
 * declares, else the one its provider documents), the same fields as JSON (for testing and
 * tooling), or the URL's query for a callback sent as GET. Keeps the raw body, which some
 * signatures cover.
 */
public final class Webhook {

    /** QUERY: the fields came in the URL, as some providers' GET callbacks send them. */
    public enum Format { FORM, JSON, QUERY }

    private final Format format;
    private final Map<String, List<String>> fields;
    private final byte[] body;

    private Webhook(Format format, Map<String, List<String>> fields, byte[] body) {
        this.format = format;
        this.fields = fields;
        this.body = body;
    }

    /** Reads a callback; a form without a declared charset is read as UTF-8 until its provider is known. */
    public static Webhook read(HttpRequest<?> request, byte[] body, JsonMapper json) {
        var raw = body == null ? new byte[0] : body;
        var contentType = request.getContentType().orElse(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        if (contentType.matches(MediaType.APPLICATION_JSON_TYPE)) {
            return new Webhook(Format.JSON, jsonFields(json, raw), raw);
        }
        var query = request.getUri().getRawQuery();
        var fromQuery = raw.length == 0 && query != null;
        var charset = fromQuery ? StandardCharsets.UTF_8 : contentType.getCharset().orElse(StandardCharsets.UTF_8);
        return new Webhook(fromQuery ? Format.QUERY : Format.FORM,
                FormBody.parse(fromQuery ? query.getBytes(StandardCharsets.US_ASCII) : raw, charset), raw);
    }

    /**
     * The same callback read in its provider's charset, when the sender declared none: the field
     * names are ASCII, so the provider could be recognised from the first reading.
     */
    public Webhook inProviderCharset(HttpRequest<?> request, Charset providerCharset) {
        var declared = format == Format.FORM && request.getContentType().flatMap(MediaType::getCharset).isPresent();
        if (format == Format.JSON || declared || providerCharset.equals(StandardCharsets.UTF_8)) {
            return this;
        }
        var raw = format == Format.QUERY ? request.getUri().getRawQuery().getBytes(StandardCharsets.US_ASCII) : body;
        return new Webhook(format, FormBody.parse(raw, providerCharset), body);
    }

    public Format format() {
        return format;
    }

    public Map<String, List<String>> fields() {
        return fields;
    }

    /** The body exactly as received (empty for a callback by URL). */
    public byte[] body() {
        return body.clone();
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /** The field's value, or null when absent. PostgreSQL cannot store the NUL character, so it is refused. */
    public String text(String name) {
        var values = fields.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        var value = values.getFirst();
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new InvalidValue(name, "must not contain the NUL character");
        }
        return value;
    }

    public int number(String name) {
        var value = text(name);
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidValue(name, "must be a whole number");
        }
    }

    /**
     * Builds an application command and, when it refuses a value, names the provider's field the
     * value came from ({@code MessageSid} rather than {@code messageId}), so the sender learns which
     * of its fields to fix.
     *
     * @param providerFields the command's neutral field names mapped to the provider's
     */
    public static <T> T inProviderTerms(Map<String, String> providerFields, Supplier<T> command) {
        try {
            return command.get();
        } catch (InvalidValue invalid) {
            var field = providerFields.get(invalid.field());
            if (field == null) {
                throw invalid;
            }
            throw new InvalidValue(field, invalid.reason());
        }
    }

    /** The top-level text, number and boolean fields as text, the way a form would carry them. */
    private static Map<String, List<String>> jsonFields(JsonMapper json, byte[] body) {
        if (body.length == 0) {
            throw new MalformedWebhook("the request body is empty; a JSON object is expected");
        }
        JsonNode root;
        try {
            root = json.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException unreadable) {
            throw new MalformedWebhook("the request body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedWebhook("the request body must be a JSON object");
        }
        var fields = new LinkedHashMap<String, List<String>>();
        for (var entry : root.entries()) {
            var value = entry.getValue();
            if (value.isString()) {
                var text = value.getStringValue();
                if (text.indexOf('\u0000') >= 0) {
                    throw new InvalidValue(entry.getKey(), "must not contain the NUL character");
                }
                fields.put(entry.getKey(), List.of(text));
            } else if (value.isNumber() || value.isBoolean()) {
                fields.put(entry.getKey(), List.of(String.valueOf(value.getValue())));
            }
        }
        return fields;
    }
}
