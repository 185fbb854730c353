package ch.opsfabric.adapters.http;

import ch.opsfabric.domain.InvalidValue;
import io.micronaut.http.MediaType;
import java.util.Locale;

/** The formats of {@code GET /api/tickets/export}; CSV when none is named. */
enum ExportFormat {
    CSV(new MediaType("text/csv; charset=utf-8")),
    JSON(MediaType.APPLICATION_JSON_TYPE);

    private final MediaType mediaType;

    ExportFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    static ExportFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return CSV;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "json" -> JSON;
            default -> throw new InvalidValue("format", "must be csv or json: " + text.strip());
        };
    }

    MediaType mediaType() {
        return mediaType;
    }

    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
