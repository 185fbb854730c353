package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.in.WarnBeforeDeadlineUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the SLA warnings due now, every minute, on every instance like the escalation
 * ({@link BackgroundJobs}): the warning's atomic marking ({@code tickets.sla_warned_at}) keeps two
 * instances from warning twice (docs/domain-rules.md, SLA warning). The cron endpoint runs the same.
 */
@Singleton
@Requires(property = "opsfabric.jobs.enabled", notEquals = "false")
class SlaWarningJob {

    private static final Logger LOG = LoggerFactory.getLogger(SlaWarningJob.class);

    private final WarnBeforeDeadlineUseCase warnings;

    SlaWarningJob(WarnBeforeDeadlineUseCase warnings) {
        this.warnings = warnings;
    }

    @Scheduled(fixedDelay = "${opsfabric.sla-warning.interval:1m}", initialDelay = "10s")
    void warnDue() {
        try {
            while (warnings.warnDue() > 0) {
                // a backlog drains without waiting a tick per batch
            }
        } catch (RuntimeException failure) {
            // Usually the database is briefly away; nothing was half-written and the next tick tries again.
            LOG.warn("SLA warning interrupted: {}", failure.toString());
        }
    }
}
