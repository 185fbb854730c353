package ch.opsfabric.bootstrap;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Twilio's Messages endpoint on loopback, switchable off (503) and on, with numbers it refuses
 * the way Twilio does; it records every message it accepted.
 */
final class StubTwilio {

    private final HttpServer server;
    private final AtomicBoolean up = new AtomicBoolean(true);
    private final AtomicInteger sids = new AtomicInteger();
    private final Map<String, Integer> refusedNumbers = new ConcurrentHashMap<>();
    private final List<String> accepted = new CopyOnWriteArrayList<>();

    StubTwilio() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        server.createContext("/2010-04-01/", exchange -> {
            var form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var to = field(form, "To");
            int status;
            String body;
            if (!up.get()) {
                status = 503;
                body = "{\"code\": 20503, \"message\": \"Service unavailable\", \"status\": 503}";
            } else if (refusedNumbers.containsKey(to)) {
                status = 400;
                body = "{\"code\": %d, \"message\": \"refused\", \"more_info\": \"https://www.twilio.com/docs/errors/%d\", \"status\": 400}"
                        .formatted(refusedNumbers.get(to), refusedNumbers.get(to));
            } else {
                status = 201;
                accepted.add(to);
                body = "{\"sid\": \"SM%032d\", \"status\": \"queued\", \"error_code\": null}".formatted(sids.incrementAndGet());
            }
            var bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Up, refusing nobody. */
    void reset() {
        up.set(true);
        refusedNumbers.clear();
    }

    void switchOff() {
        up.set(false);
    }

    void switchOn() {
        up.set(true);
    }

    void refuse(String e164, int twilioErrorCode) {
        refusedNumbers.put(e164, twilioErrorCode);
    }

    List<String> accepted() {
        return accepted;
    }

    void stop() {
        server.stop(0);
    }

    private static String field(String form, String name) {
        for (var pair : form.split("&")) {
            var parts = pair.split("=", 2);
            if (parts[0].equals(name) && parts.length == 2) {
                return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        return "";
    }
}
