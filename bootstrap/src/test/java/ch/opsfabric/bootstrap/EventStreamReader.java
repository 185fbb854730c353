package ch.opsfabric.bootstrap;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A client of {@code GET /api/stream} over real HTTP, as a browser's EventSource reads it: lines are
 * parsed into events (id, name, JSON data) and comments in the background, as they arrive.
 */
final class EventStreamReader implements AutoCloseable {

    record Received(long id, String name, Map<String, Object> data, Instant receivedAt) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Received> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private String body = "";

    private EventStreamReader(HttpResponse<Stream<String>> response) {
        this.response = response;
    }

    /** Opens a stream; with {@code token} null, without Authorization; with {@code lastEventId} null, without resuming. */
    static EventStreamReader open(URI service, String token, String lastEventId) {
        var request = HttpRequest.newBuilder(service.resolve("/api/stream")).header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            var reader = new EventStreamReader(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
            if (reader.status() == 200) {
                Thread.ofVirtual().start(reader::readUntilTheEnd);
            } else {
                try (var lines = reader.response.body()) {
                    reader.body = lines.collect(Collectors.joining("\n"));
                }
                reader.ended.countDown();
            }
            return reader;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", stopped);
        }
    }

    int status() {
        return response.statusCode();
    }

    String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The answer's body, when it was no stream. */
    String body() {
        return body;
    }

    /** The next event, failing when none arrives within {@code patience}. */
    Received next(Duration patience) {
        try {
            var event = events.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
            if (event == null) {
                throw new AssertionError("no stream event within " + patience.toMillis() + " ms");
            }
            return event;
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", stopped);
        }
    }

    /** The next {@code count} events. */
    List<Received> next(int count, Duration patience) {
        var received = new ArrayList<Received>();
        while (received.size() < count) {
            received.add(next(patience));
        }
        return received;
    }

    /** Events received so far and not yet taken. */
    List<Received> drain() {
        var received = new ArrayList<Received>();
        events.drainTo(received);
        return received;
    }

    /** The next comment line's text, failing when none arrives within {@code patience}. */
    String nextComment(Duration patience) throws InterruptedException {
        var comment = comments.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
        if (comment == null) {
            throw new AssertionError("no comment within " + patience.toMillis() + " ms");
        }
        return comment;
    }

    /** Whether the service ended the stream within {@code patience}. */
    boolean endsWithin(Duration patience) throws InterruptedException {
        return ended.await(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void readUntilTheEnd() {
        var id = -1L;
        String name = null;
        var data = new StringBuilder();
        try (var lines = response.body()) {
            for (var line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Received(id, name, parse(data.toString()), Instant.now()));
                    }
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                } else if (line.startsWith("id:")) {
                    id = Long.parseLong(line.substring(3).strip());
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
        } catch (UncheckedIOException | IllegalStateException closed) {
            // the stream was closed, by either side
        } finally {
            ended.countDown();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Override
    public void close() {
        response.body().close();
    }
}
