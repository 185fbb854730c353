package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.out.StreamEvent;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a stream event's JSON once for all the clients it goes to: the hub hands one event to each
 * client of its business in turn, so remembering the last one spares the encoding for all but the
 * first (1,000 clients of a business would otherwise encode each event 1,000 times).
 */
@Singleton
final class StreamEventEncoder {

    private record Encoded(StreamEvent event, String json) {
    }

    private final JsonMapper json;
    private volatile Encoded last = new Encoded(null, null);

    StreamEventEncoder(JsonMapper json) {
        this.json = json;
    }

    String encode(StreamEvent event) {
        var remembered = last;
        if (remembered.event() == event) {
            return remembered.json();
        }
        try {
            var encoded = new Encoded(event, json.writeValueAsString(StreamEventJson.of(event)));
            last = encoded;
            return encoded.json();
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }
}
