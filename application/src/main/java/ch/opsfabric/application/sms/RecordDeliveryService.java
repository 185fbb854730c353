package ch.opsfabric.application.sms;

import ch.opsfabric.application.port.in.RecordDeliveryUseCase;
import ch.opsfabric.application.port.out.DeliveryOutcomePort;
import ch.opsfabric.application.port.out.DeliveryReport;
import ch.opsfabric.application.port.out.EarlyDeliveryReportsPort;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SmsLogPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.TicketEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Puts a delivery report on the logged SMS, and treats a message the provider accepted but could
 * not deliver as the dispatcher treats a refused one (docs/domain-rules.md, Failures): {@code sms_failed} on
 * its ticket, the number marked when the provider's error says it cannot take SMS, and the text to
 * the business by e-mail. A late failure is never retried: the provider has given up on it, and the
 * same text sent again would most likely fail the same way.
 *
 * <p>A report for an id no logged send has is kept ({@link EarlyDeliveryReportsPort}): the provider may
 * answer before the dispatcher has recorded the send. It is acted on with the next report on the same
 * message, or by {@link #recordEarlyReports()}, and forgotten after a day when no send claims it
 * (another system's messages on a shared account). Only the first final report on a message counts
 * ({@link DeliveryOutcomePort}), so a report repeated by the provider, or a contradicting one arriving
 * after it, acts at most once.
 */
public final class RecordDeliveryService implements RecordDeliveryUseCase {

    private static final Duration KEPT_FOR = Duration.ofDays(1);
    private static final int BATCH = 100;

    private final Clock clock;
    private final Transactions transactions;
    private final SmsLogPort smsLog;
    private final EarlyDeliveryReportsPort early;
    private final DeliveryOutcomePort outcomes;
    private final TicketEventPort events;
    private final FailedRecipients failedRecipients;

    public RecordDeliveryService(Clock clock, Transactions transactions, SmsLogPort smsLog,
                                 EarlyDeliveryReportsPort early, DeliveryOutcomePort outcomes,
                                 TicketEventPort events, FailedRecipients failedRecipients) {
        this.clock = clock;
        this.transactions = transactions;
        this.smsLog = smsLog;
        this.early = early;
        this.outcomes = outcomes;
        this.events = events;
        this.failedRecipients = failedRecipients;
    }

    @Override
    public void record(DeliveryReport report) {
        if (report.state().isEmpty()) {
            return;
        }
        var now = clock.instant();
        var senders = smsLog.sendersOf(report.providerId());
        if (senders.isEmpty()) {
            transactions.inTransaction(() -> {
                early.keep(report, now);
                return null;
            });
        }
        // Reports kept for the same message arrived earlier, so they come first: the first final word stands.
        senders.forEach(tenantId -> transactions.forTenant(tenantId, () -> {
            early.take(report.providerId()).forEach(kept -> apply(tenantId, kept, now));
            apply(tenantId, report, now);
        }));
    }

    @Override
    public int recordEarlyReports() {
        var now = clock.instant();
        var matched = transactions.inTransaction(() -> early.matched(BATCH));
        matched.forEach(match -> transactions.forTenant(match.customerId(),
                () -> early.take(match.providerId()).forEach(kept -> apply(match.customerId(), kept, now))));
        transactions.inTransaction(() -> early.forgetReceivedBefore(now.minus(KEPT_FOR)));
        return matched.size();
    }

    private void apply(UUID tenantId, DeliveryReport report, Instant now) {
        var first = outcomes.recordFirst(tenantId, report.providerId(), report.state().orElseThrow(),
                report.detail());
        if (report.failed()) {
            first.ifPresent(sms -> failedAfterAcceptance(sms, report, now));
        }
    }

    private void failedAfterAcceptance(OutboundSms sms, DeliveryReport report, Instant now) {
        var reason = reasonOf(report);
        sms.ticket().ifPresent(ticketId -> events.append(sms.customerId(), new TicketEvent(ticketId,
                EventType.SMS_FAILED, null, sms.purpose().code(), Map.of("reason", reason, "attempt", sms.attempts(),
                        "will_retry", false, "provider_id", report.providerId()), now)));
        report.reason().ifPresent(rejection -> failedRecipients.rejected(sms, rejection, now));
        failedRecipients.gaveUp(sms, reason, now);
    }

    /** In the dispatcher's words for a refusal ({@code LANDLINE: …}), with the provider's state and error. */
    private static String reasonOf(DeliveryReport report) {
        var said = report.state().orElseThrow().code()
                + (report.detail() == null || report.detail().isBlank() ? "" : " " + report.detail().strip());
        return report.reason().map(rejection -> rejection.name() + ": " + said).orElse(said);
    }
}
