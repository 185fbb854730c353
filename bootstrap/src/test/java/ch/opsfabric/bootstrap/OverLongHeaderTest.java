package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A request the HTTP decoder cannot read is refused before any filter or route sees it, with a status
 * that names what was wrong and the security headers every answer carries; the service carries on.
 */
@MicronautTest(transactional = false)
class OverLongHeaderTest extends ServiceTest {

    @Inject
    EmbeddedServer server;

    @Test
    void a_64_kib_header_is_refused_with_431_and_the_security_headers_and_the_service_carries_on()
            throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            var overLong = HttpRequest.newBuilder(URI.create(server.getURL() + "/health"))
                    .header("X-Long", "A".repeat(64 * 1024)).GET().build();

            var refused = client.send(overLong, HttpResponse.BodyHandlers.ofString());
            var next = client.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/health")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(refused.statusCode()).isEqualTo(431);
            assertThat(refused.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(refused.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    policy -> assertThat(policy).contains("frame-ancestors 'none'"));
            assertThat(refused.body()).contains("\"error\":\"unreadable_request\"");
            assertThat(next.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void an_over_long_request_line_is_refused_with_414_and_the_security_headers() throws IOException {
        var answer = raw("GET /health?" + "q=1&".repeat(16 * 1024) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 414").contains("X-Content-Type-Options: nosniff")
                .contains("Referrer-Policy: no-referrer");
    }

    @Test
    void a_request_that_is_not_http_is_refused_with_400_and_the_security_headers() throws IOException {
        var answer = raw("GET /health HTTP/1.1\r\nHost: localhost\r\nno colon in this header\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("X-Content-Type-Options: nosniff")
                .contains("Content-Security-Policy: default-src 'none'; frame-ancestors 'none'");
    }

    /** What the service answers to these bytes, read until it closes the connection. */
    private String raw(String request) throws IOException {
        try (var socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
