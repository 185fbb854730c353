package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.out.SendSmsPort;
import ch.opsfabric.domain.phone.PhoneNumber;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@code SMS_SENDER_MPS}: no sender number hands the provider more messages per second than set, however many
 * instances dispatch (a provider queues or refuses what a number sends beyond its rate). Each send first reserves
 * its turn in the sender's token bucket, kept in PostgreSQL by Bucket4j so all instances share it, and waits for
 * that turn: turns come 1/MPS seconds apart. Unset: no pace. Wraps whichever provider's sender is configured.
 */
@Singleton
final class SenderPace implements BeanCreatedEventListener<SendSmsPort> {

    /** @param senderMps {@code SMS_SENDER_MPS}: messages per second per sender number; unset for no limit */
    @ConfigurationProperties("sms")
    record Settings(@Nullable Integer senderMps) {

        Settings {
            if (senderMps != null && senderMps < 1) {
                throw new ConfigurationException("SMS_SENDER_MPS must be at least 1 message per second, not "
                        + senderMps + "; leave it unset for no limit");
            }
        }
    }

    private static final String DEFAULT_SENDER = "default";

    private final Settings settings;
    private final BeanProvider<DataSource> dataSource;
    private final DataSourceResolver resolver;

    SenderPace(Settings settings, BeanProvider<DataSource> dataSource, DataSourceResolver resolver) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.resolver = resolver;
    }

    @Override
    public SendSmsPort onCreated(BeanCreatedEvent<SendSmsPort> event) {
        return wrap(event.getBean());
    }

    SendSmsPort wrap(SendSmsPort sender) {
        return settings.senderMps() == null ? sender : paced(sender, settings.senderMps());
    }

    private SendSmsPort paced(SendSmsPort sender, int messagesPerSecond) {
        // The pool itself: Bucket4j runs its own short transactions, outside any of the service's.
        var pool = resolver.resolve(dataSource.get());
        ProxyManager<String> buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(pool)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("sms_sender_buckets").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .build();
        // One token at a time, refilled every 1/MPS: evenly spaced turns, never a burst of a whole second's worth.
        var pace = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(1)
                        .refillGreedy(1, Duration.ofNanos(Duration.ofSeconds(1).toNanos() / messagesPerSecond)))
                .build();
        return message -> {
            var number = message.from().map(PhoneNumber::e164).orElse(DEFAULT_SENDER);
            try {
                buckets.builder().build(number, () -> pace).asBlocking().consume(1);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return new SendSmsPort.SendResult.Deferred("interrupted while waiting for the sender's turn",
                        Optional.empty());
            }
            return sender.send(message);
        };
    }
}
