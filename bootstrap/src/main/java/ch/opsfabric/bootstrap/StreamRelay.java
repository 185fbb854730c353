package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.in.ExpireStreamEventsUseCase;
import ch.opsfabric.application.port.in.OpenStreamUseCase;
import ch.opsfabric.application.port.out.CommittedEventsPort;
import ch.opsfabric.application.stream.StreamHub;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What keeps this instance's streams going: the database's news of committed events reaches the hub
 * from the start, and every open stream gets its keep-alive comment.
 */
// Built with the context, so the keep-alive schedule never builds the hub while a context closes.
@Context
final class StreamRelay {

    private final OpenStreamUseCase streams;

    StreamRelay(OpenStreamUseCase streams) {
        this.streams = streams;
    }

    @EventListener
    void relayCommittedEvents(StartupEvent started) {
        var context = started.getSource();
        context.getBean(CommittedEventsPort.class).listen(context.getBean(StreamHub.class));
    }

    @Scheduled(fixedRate = "${opsfabric.stream.heartbeat:15s}", initialDelay = "${opsfabric.stream.heartbeat:15s}")
    void keepStreamsAlive() {
        streams.keepAlive();
    }

    /** {@code opsfabric_streams_open}: the streams open on this instance, against {@code OPSFABRIC_STREAM_MAX}. */
    @Singleton
    static final class OpenStreamsGauge implements MeterBinder {

        // Looked up at the first scrape, as QueueGauges does: the registry binds this before the database's pool exists.
        private final BeanProvider<OpenStreamUseCase> streams;

        OpenStreamsGauge(BeanProvider<OpenStreamUseCase> streams) {
            this.streams = streams;
        }

        @Override
        public void bindTo(MeterRegistry registry) {
            Gauge.builder("opsfabric.streams.open", streams, open -> open.get().openStreams())
                    .description("Realtime streams (GET /api/stream) open on this instance")
                    .strongReference(true).register(registry);
        }
    }

    /** Deletes stream events past their retention, hourly; instances may do it at the same time. */
    @Singleton
    @Requires(property = "opsfabric.jobs.enabled", notEquals = "false")
    static final class Expiry {

        private static final Logger LOG = LoggerFactory.getLogger(Expiry.class);

        private final ExpireStreamEventsUseCase expiry;

        Expiry(ExpireStreamEventsUseCase expiry) {
            this.expiry = expiry;
        }

        @Scheduled(fixedDelay = "1h", initialDelay = "1m")
        void expire() {
            try {
                expiry.expire();
            } catch (RuntimeException failure) {
                // The database is briefly away: the next hour deletes what this one left.
                LOG.warn("stream retention interrupted: {}", failure.toString());
            }
        }
    }
}
