package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.in.ExpireStreamEventsUseCase;
import ch.opsfabric.application.port.out.ExpiredStreamEventsPort;
import ch.opsfabric.application.port.out.StreamEventsPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.application.stream.ExpireStreamEventsService;
import ch.opsfabric.application.stream.StreamHub;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** Wires the realtime stream (docs/http-api.md, Realtime stream) with plain constructors. */
@Factory
class StreamWiring {

    /**
     * @param max       {@code OPSFABRIC_STREAM_MAX}: open streams per instance; beyond, 503 with Retry-After
     * @param buffer    {@code OPSFABRIC_STREAM_BUFFER}: events held for a client that has not read them yet;
     *                  one that falls further behind is disconnected and resumes with Last-Event-ID
     * @param retention {@code OPSFABRIC_STREAM_RETENTION}: how long events stay for resuming clients (24 h at least)
     *                  <p>The keep-alive interval, {@code OPSFABRIC_STREAM_HEARTBEAT} (15 s), is read by
     *                  {@link StreamRelay}'s schedule; the buffer's default is in application.yml, which the HTTP
     *                  adapter reads too.
     */
    @ConfigurationProperties("opsfabric.stream")
    record StreamSettings(@Bindable(defaultValue = "2000") int max,
                          int buffer,
                          @Bindable(defaultValue = "24h") Duration retention) {
    }

    @Singleton
    StreamHub streamHub(Transactions transactions, StreamEventsPort events, StreamSettings settings) {
        return new StreamHub(transactions, events, settings.max(), settings.buffer());
    }

    @Singleton
    ExpireStreamEventsUseCase expireStreamEvents(Clock clock, Transactions transactions,
                                                 ExpiredStreamEventsPort expired, StreamSettings settings) {
        return new ExpireStreamEventsService(clock, transactions, expired, settings.retention());
    }
}
