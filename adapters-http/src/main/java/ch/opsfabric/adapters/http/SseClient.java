package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.StreamClient;
import ch.opsfabric.application.port.out.StreamEvent;
import io.micronaut.http.sse.Event;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

/**
 * A stream's connection: a Reactor sink with a bounded queue, which the HTTP server drains as fast as
 * the client reads (it asks for more only when the connection can take it). An offer never waits: a
 * full queue answers false, and the hub then disconnects the client, which drops what it held.
 */
final class SseClient implements StreamClient {

    static final String KEEP_ALIVE = "keep-alive";

    private final Sinks.Many<Event<?>> buffer;
    private final Sinks.Empty<Void> disconnected = Sinks.empty();

    SseClient(int capacity) {
        this.buffer = Sinks.many().unicast().onBackpressureBuffer(Queues.<Event<?>>get(capacity).get());
    }

    /** The events for the response; ends with an error on {@link #disconnect}, so the server closes the connection. */
    Flux<Event<?>> events() {
        return buffer.asFlux().mergeWith(disconnected.asMono().then(Mono.error(FellBehind::new)));
    }

    @Override
    public boolean offer(StreamEvent event) {
        return buffer.tryEmitNext(Event.of(StreamEventJson.of(event)).id(Long.toString(event.sequence()))
                .name(event.type())).isSuccess();
    }

    @Override
    public boolean offerKeepAlive() {
        return buffer.tryEmitNext(Event.of("").comment(KEEP_ALIVE)).isSuccess();
    }

    @Override
    public void disconnect() {
        disconnected.tryEmitEmpty();
    }

    /** Ends the response of a client that could not keep up; it reconnects with its Last-Event-ID. */
    static final class FellBehind extends RuntimeException {
        FellBehind() {
            super("the client fell behind the stream and was disconnected", null, false, false);
        }
    }
}
