package ch.opsfabric.adapters.http;

import ch.opsfabric.domain.InvalidValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one provider callback, whatever it was sent as: Twilio's UTF-8 form, eCall's
 * Windows-1252 form, or the same fields as JSON (for testing and tooling).
 */
final class Webhook {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** QUERY: the fields came in the URL, as eCall's callbacks may send them. */
    enum Format { FORM, JSON, QUERY }

    private final Format format;
    private final Map<String, List<String>> fields;

    private Webhook(Format format, Map<String, List<String>> fields) {
        this.format = format;
        this.fields = fields;
    }

    /**
     * @param eCallMarker a field only eCall sends; its presence switches the default charset of a
     *                    form without a declared charset to Windows-1252, as eCall documents
     */
    static Webhook read(HttpRequest<?> request, byte[] body, JsonMapper json, String eCallMarker) {
        var contentType = request.getContentType().orElse(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        if (contentType.matches(MediaType.APPLICATION_JSON_TYPE)) {
            return new Webhook(Format.JSON, JsonBody.parse(json, body).scalarFields());
        }
        var query = request.getUri().getRawQuery();
        var fromQuery = (body == null || body.length == 0) && query != null;
        var raw = fromQuery ? query.getBytes(StandardCharsets.US_ASCII) : body == null ? new byte[0] : body;
        var declared = fromQuery ? Optional.<Charset>empty() : contentType.getCharset();
        var form = FormBody.parse(raw, declared.orElse(StandardCharsets.UTF_8));
        if (declared.isEmpty() && form.containsKey(eCallMarker)) {
            form = FormBody.parse(raw, WINDOWS_1252);
        }
        return new Webhook(fromQuery ? Format.QUERY : Format.FORM, form);
    }

    Format format() {
        return format;
    }

    Map<String, List<String>> fields() {
        return fields;
    }

    boolean has(String name) {
        return fields.containsKey(name);
    }

    /** The field's value, or null when absent. */
    String text(String name) {
        var values = fields.get(name);
        return values == null || values.isEmpty() ? null : Text.storable(name, values.getFirst());
    }

    int number(String name) {
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
}
