package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.in.DispatchDueEmailUseCase;
import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import ch.opsfabric.application.port.in.EscalateOverdueUseCase;
import ch.opsfabric.application.port.in.RecordDeliveryUseCase;
import ch.opsfabric.application.port.in.SendMonthlyReportsUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable background work, run on every instance: the queues' claims and the escalation's
 * atomic marking keep instances from doing anything twice. SMS are drained every half second, so a
 * due message leaves within about a second.
 */
@Singleton
@Requires(property = "opsfabric.jobs.enabled", notEquals = "false")
class BackgroundJobs {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJobs.class);

    private final DispatchDueSmsUseCase sms;
    private final DispatchDueEmailUseCase email;
    private final EscalateOverdueUseCase escalation;
    private final RecordDeliveryUseCase deliveries;
    private final SendMonthlyReportsUseCase monthlyReports;

    BackgroundJobs(DispatchDueSmsUseCase sms, DispatchDueEmailUseCase email, EscalateOverdueUseCase escalation,
                   RecordDeliveryUseCase deliveries, SendMonthlyReportsUseCase monthlyReports) {
        this.sms = sms;
        this.email = email;
        this.escalation = escalation;
        this.deliveries = deliveries;
        this.monthlyReports = monthlyReports;
    }

    @Scheduled(fixedDelay = "${opsfabric.sms.dispatch.interval:500ms}", initialDelay = "1s")
    void sendDueSms() {
        drain("SMS dispatch", sms::dispatchDue);
    }

    @Scheduled(fixedDelay = "${opsfabric.email.dispatch.interval:2s}", initialDelay = "1s")
    void sendDueEmail() {
        drain("e-mail dispatch", email::dispatchDue);
    }

    @Scheduled(fixedDelay = "${opsfabric.escalation.interval:1m}", initialDelay = "10s")
    void escalateOverdueTickets() {
        drain("escalation", escalation::escalateDue);
    }

    @Scheduled(fixedDelay = "${opsfabric.sms.early-reports.interval:5s}", initialDelay = "5s")
    void recordEarlyDeliveryReports() {
        drain("early delivery reports", deliveries::recordEarlyReports);
    }

    /** Last month's report e-mails, due from 08:00 on the 1st in each business's zone; claimed once per business. */
    @Scheduled(fixedDelay = "${opsfabric.reports.mail.interval:1m}", initialDelay = "20s")
    void sendMonthlyReports() {
        try {
            var queued = monthlyReports.sendDue();
            if (queued > 0) {
                LOG.info("monthly reports: {} e-mails queued", queued);
            }
        } catch (RuntimeException failure) {
            // One business's report failed; the others were queued, and the next tick tries it again.
            LOG.warn("monthly reports interrupted: {}", failure.toString());
        }
    }

    /** Repeats while work comes back, so a backlog drains without waiting a tick per batch. */
    private static void drain(String job, IntSupplier batch) {
        try {
            while (batch.getAsInt() > 0) {
                // keep going
            }
        } catch (RuntimeException failure) {
            // Usually the database is briefly away; the next tick tries again and nothing is lost.
            LOG.warn("{} interrupted: {}", job, failure.toString());
        }
    }
}
