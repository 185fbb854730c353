package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.in.RecordHeartbeatUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every instance asks its own health check, the one {@code GET /health} answers (the service and its
 * database), and notes the minute when it says UP. Three times a minute, so each minute is noted
 * even when a tick runs late; the minute's row is written once. A minute in which no instance was up,
 * or none could reach the database, stays without a row: that is the downtime the overview reports.
 */
@Singleton
@Requires(property = "opsfabric.jobs.enabled", notEquals = "false")
class HeartbeatJob {

    private static final Logger LOG = LoggerFactory.getLogger(HeartbeatJob.class);
    private static final long HEALTH_TIMEOUT_SECONDS = 10;

    private final HealthEndpoint health;
    private final RecordHeartbeatUseCase heartbeat;

    HeartbeatJob(HealthEndpoint health, RecordHeartbeatUseCase heartbeat) {
        this.health = health;
        this.heartbeat = heartbeat;
    }

    @Scheduled(fixedRate = "${opsfabric.uptime.heartbeat-interval:20s}", initialDelay = "5s")
    void beatWhenHealthy() {
        try {
            if (healthy()) {
                heartbeat.beat();
            }
        } catch (RuntimeException failure) {
            // The database is away: this minute goes unnoted, which is what it should report.
            LOG.debug("heartbeat not noted: {}", failure.toString());
        }
    }

    /** The status {@code GET /health} would answer now. */
    boolean healthy() {
        try {
            var result = first(health.getHealth(null)).get(HEALTH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return result != null && HealthStatus.UP.equals(result.getStatus());
        } catch (ExecutionException | TimeoutException unanswered) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static CompletableFuture<HealthResult> first(Publisher<HealthResult> publisher) {
        var answer = new CompletableFuture<HealthResult>();
        publisher.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(HealthResult result) {
                answer.complete(result);
            }

            @Override
            public void onError(Throwable failure) {
                answer.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                answer.complete(null);
            }
        });
        return answer;
    }
}
