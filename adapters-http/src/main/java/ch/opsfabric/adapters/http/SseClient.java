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
 * All calls for one client come from its business's stream, one at a time, as the sink requires.
 */
final class SseClient implements StreamClient {

    static final String KEEP_ALIVE = "keep-alive";

    private final StreamEventEncoder encoder;
    private final Sinks.Many<Event<?>> buffer;
    /** How the stream ended: true when the client was disconnected, false when it was finished. */
    private final Sinks.One<Boolean> ended = Sinks.one();

    SseClient(int capacity, StreamEventEncoder encoder) {
        this.encoder = encoder;
        this.buffer = Sinks.many().unicast().onBackpressureBuffer(Queues.<Event<?>>get(capacity).get());
    }

    /**
     * The events for the response: complete after {@link #finish} once the buffer is sent; on
     * {@link #disconnect} an error at once, so the server closes the connection without writing what is left.
     */
    Flux<Event<?>> events() {
        // A keep-alive first sends the answer's headers at once, so a browser's EventSource reports the stream open
        // (the workspace's live list) instead of waiting for the first event; it takes no place in the buffer.
        return Flux.<Event<?>>just(keepAlive()).concatWith(buffer.asFlux().mergeWith(ended.asMono()
                .flatMap(disconnected -> disconnected ? Mono.<Event<?>>error(new FellBehind()) : Mono.<Event<?>>empty())));
    }

    @Override
    public boolean offer(StreamEvent event) {
        return buffer.tryEmitNext(Event.of(encoder.encode(event)).id(Long.toString(event.sequence()))
                .name(event.type())).isSuccess();
    }

    @Override
    public boolean offerKeepAlive() {
        return buffer.tryEmitNext(keepAlive()).isSuccess();
    }

    private static Event<?> keepAlive() {
        return Event.of("").comment(KEEP_ALIVE);
    }

    @Override
    public void finish() {
        buffer.tryEmitComplete();
        ended.tryEmitValue(false);
    }

    @Override
    public void disconnect() {
        ended.tryEmitValue(true);
    }

    /** Ends the response of a client that could not keep up; it reconnects with its Last-Event-ID. */
    static final class FellBehind extends RuntimeException {
        FellBehind() {
            super("the client fell behind the stream and was disconnected", null, false, false);
        }
    }
}
