package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbound queue every half second, so a due message leaves within about a second.
 * Runs on every instance; the queue's claims keep instances from sending a message twice.
 */
@Singleton
@Requires(property = "opsfabric.sms.dispatch.enabled", notEquals = "false")
class SmsDispatchJob {

    private static final Logger LOG = LoggerFactory.getLogger(SmsDispatchJob.class);

    private final DispatchDueSmsUseCase dispatcher;

    SmsDispatchJob(DispatchDueSmsUseCase dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelay = "${opsfabric.sms.dispatch.interval:500ms}", initialDelay = "1s")
    void drain() {
        try {
            while (dispatcher.dispatchDue() > 0) {
                // Keep going while full batches come back: a backlog drains without waiting a tick each.
            }
        } catch (RuntimeException failure) {
            // Usually the database is briefly away; the next tick tries again and nothing is lost.
            LOG.warn("SMS dispatch interrupted: {}", failure.toString());
        }
    }
}
