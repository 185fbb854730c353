package ch.opsfabric.adapters.sms;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An SMS provider on loopback: records every request as it arrived on the wire and answers
 * with whatever the test scripted, including not answering at all.
 */
final class StubProvider implements AutoCloseable {

    /** A scripted answer: status, headers and a UTF-8 body. */
    record Reply(int status, Map<String, String> headers, String body) {

        static Reply json(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "application/json; charset=utf-8"), body);
        }

        Reply withHeader(String name, String value) {
            var headers = new LinkedHashMap<>(this.headers);
            headers.put(name, value);
            return new Reply(status, headers, body);
        }
    }

    /** A request exactly as the adapter sent it. */
    record Recorded(String method, URI uri, Headers headers, byte[] body) {

        String path() {
            return uri.getRawPath();
        }

        String header(String name) {
            return headers.getFirst(name);
        }

        String text() {
            return new String(body, UTF_8);
        }

        /** The form fields, decoded as UTF-8; a repeated field would show as a failure here. */
        Map<String, String> form() {
            var fields = new LinkedHashMap<String, String>();
            for (var pair : text().split("&")) {
                var nameAndValue = pair.split("=", 2);
                var previous = fields.put(URLDecoder.decode(nameAndValue[0], UTF_8),
                        nameAndValue.length == 2 ? URLDecoder.decode(nameAndValue[1], UTF_8) : "");
                if (previous != null) {
                    throw new AssertionError("form field sent twice: " + nameAndValue[0]);
                }
            }
            return fields;
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Reply reply = Reply.json(500, "{}");
    private volatile boolean stalling;

    private StubProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException cannotBind) {
            throw new UncheckedIOException(cannotBind);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    static StubProvider start() {
        return new StubProvider();
    }

    /** A loopback URL where nothing listens: the port was bound once and released. */
    static URI closedPort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException cannotBind) {
            throw new UncheckedIOException(cannotBind);
        }
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void answer(Reply reply) {
        this.reply = reply;
        this.stalling = false;
    }

    /** Takes every request and never answers, until the stub is closed. */
    void stall() {
        this.stalling = true;
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    Recorded onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + requests.size());
        }
        return requests.getFirst();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI(),
                    exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes()));
            if (stalling) {
                closing.await();
                return;
            }
            var answer = reply;
            answer.headers().forEach(exchange.getResponseHeaders()::add);
            var body = answer.body().getBytes(UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException closed) {
            Thread.currentThread().interrupt();
        }
    }
}
