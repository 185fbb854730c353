package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.in.AnonymiseIdleTicketsUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anonymises tickets idle for 24 months and older rows without a ticket (docs/domain-rules.md, Privacy) once a day. Durable without a schedule table:
 * what is due is read from the tickets themselves, so a run missed while the service was down is
 * made up by the next one. Runs on every instance; the claims keep them from doing a ticket twice.
 */
@Singleton
@Requires(property = "opsfabric.privacy.anonymisation.enabled", notEquals = "false")
class AnonymisationJob {

    private static final Logger LOG = LoggerFactory.getLogger(AnonymisationJob.class);

    private final AnonymiseIdleTicketsUseCase anonymisation;

    AnonymisationJob(AnonymiseIdleTicketsUseCase anonymisation) {
        this.anonymisation = anonymisation;
    }

    @Scheduled(cron = "${opsfabric.privacy.anonymisation.cron:0 30 3 * * *}")
    void anonymiseIdle() {
        try {
            var done = anonymisation.anonymiseIdle();
            LOG.info("anonymisation: {} idle tickets anonymised, {} rows without a ticket erased", done.tickets(),
                    done.rowsWithoutTicket());
        } catch (RuntimeException failure) {
            // Nothing half-written (each batch is one transaction); tomorrow's run picks up the rest.
            LOG.warn("anonymisation interrupted: {}", failure.toString());
        }
    }
}
