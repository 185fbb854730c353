package ch.opsfabric.bootstrap;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Downloads an export with the JDK's client, as a stream: Micronaut's test client would hold the
 * whole body in memory and refuses bodies over 10 MB.
 */
final class Download {

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    Download(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    record Answer(int status, String contentType, String disposition, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The CSV's records, header first, read by FastCSV after the byte order mark. */
        List<CsvRecord> records() {
            var text = text();
            if (!text.startsWith("\uFEFF")) {
                throw new AssertionError("the CSV does not start with a UTF-8 byte order mark");
            }
            try (var reader = CsvReader.builder().ofCsvRecord(text.substring(1))) {
                return reader.stream().toList();
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
    }

    /** @param query the query string without '?', already URL-encoded */
    Answer get(String query) {
        var fetched = fetch(query, body -> {
            try {
                return body.readAllBytes();
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        });
        return new Answer(fetched.status(), fetched.headers().firstValue("Content-Type").orElse(""),
                fetched.headers().firstValue("Content-Disposition").orElse(""), fetched.body());
    }

    /** Reads the CSV record by record as it arrives and counts the records after the header. */
    long countCsvRows(String query) {
        return fetch(query, body -> {
            try (var reader = CsvReader.builder().ofCsvRecord(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                return reader.stream().count() - 1;
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }).body();
    }

    private <T> Fetched<T> fetch(String query, Function<InputStream, T> reading) {
        var request = HttpRequest.newBuilder(base.resolve("/api/tickets/export?" + query))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (var body = response.body()) {
                return new Fetched<>(response.statusCode(), response.headers(), reading.apply(body));
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private record Fetched<T>(int status, java.net.http.HttpHeaders headers, T body) {
    }
}
