package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.out.QueueReadingsPort;
import ch.opsfabric.application.port.out.QueueReadingsPort.Channel;
import ch.opsfabric.application.port.out.QueueReadingsPort.QueueReading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbound queues' gauges, by {@code channel} ({@code sms}, {@code email}):
 * {@code opsfabric_queue_depth} and {@code opsfabric_queue_oldest_due_age_seconds}, the number an
 * operator alerts on. All four come from one query, remembered for {@code opsfabric.metrics.queue-cache}
 * (5 s), so several scrapers or a short scrape interval do not load the database. An unreadable
 * database reads as NaN: a gauge must not claim an empty queue it could not see.
 */
@Singleton
final class QueueGauges implements MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(QueueGauges.class);

    // Looked up at the first scrape: the registry binds this at its creation, before the database's pool exists,
    // and the pool in turn reports to the registry.
    private final BeanProvider<QueueReadingsPort> queues;
    private final Clock clock;
    private final long cacheNanos;
    private Map<Channel, QueueReading> last;
    private boolean read;
    private long readAt;

    QueueGauges(BeanProvider<QueueReadingsPort> queues, Clock clock,
                @Value("${opsfabric.metrics.queue-cache:5s}") Duration cache) {
        this.queues = queues;
        this.clock = clock;
        this.cacheNanos = cache.toNanos();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (var channel : Channel.values()) {
            var label = channel.name().toLowerCase(Locale.ROOT);
            gauge(registry, "opsfabric.queue.depth", "Messages waiting in the outbound queue or being sent",
                    label, null, reading -> reading.depth());
            gauge(registry, "opsfabric.queue.oldest.due.age",
                    "How long the longest-waiting due message has been due (0 when none is due)",
                    label, "seconds", reading -> reading.oldestDueAge().toMillis() / 1000.0);
        }
    }

    private void gauge(MeterRegistry registry, String name, String description, String channel, String unit,
                       ToDoubleFunction<QueueReading> value) {
        var key = Channel.valueOf(channel.toUpperCase(Locale.ROOT));
        Gauge.builder(name, this, gauges -> {
            var readings = gauges.readings();
            return readings == null ? Double.NaN : value.applyAsDouble(readings.get(key));
        }).description(description).baseUnit(unit).tag("channel", channel).strongReference(true).register(registry);
    }

    /** The last reading while fresh, else a new one; null when the database cannot be read. */
    private synchronized Map<Channel, QueueReading> readings() {
        var now = System.nanoTime();
        if (!read || now - readAt >= cacheNanos) {
            // A failure is remembered as long as a reading, so a database that is away is asked once per period.
            read = true;
            readAt = now;
            try {
                last = queues.get().read(clock.instant());
            } catch (RuntimeException unreadable) {
                LOG.warn("queue gauges: the queues could not be read: {}", unreadable.toString());
                last = null;
            }
        }
        return last;
    }
}
