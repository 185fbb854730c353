package ch.opsfabric.application.sms;

import ch.opsfabric.application.port.in.RecordDeliveryUseCase;
import ch.opsfabric.application.port.out.DeliveryOutcomePort;
import ch.opsfabric.application.port.out.DeliveryReport;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SmsLogPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.TicketEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Puts a delivery report on the logged SMS, and treats a message the provider accepted but could
 * not deliver as the dispatcher treats a refused one (docs/domain-rules.md, Failures): {@code sms_failed} on
 * its ticket, the number marked when the provider's error says it cannot take SMS, and the text to
 * the business by e-mail. A late failure is never retried: the provider has given up on it, and the
 * same text sent again would most likely fail the same way.
 *
 * <p>Reports for unknown ids (another system's messages on a shared account) are ignored. Only the
 * first final report on a message counts ({@link DeliveryOutcomePort}), so a report repeated by the
 * provider, or a contradicting one arriving after it, acts at most once.
 */
public final class RecordDeliveryService implements RecordDeliveryUseCase {

    private final Clock clock;
    private final Transactions transactions;
    private final SmsLogPort smsLog;
    private final DeliveryOutcomePort outcomes;
    private final TicketEventPort events;
    private final FailedRecipients failedRecipients;

    public RecordDeliveryService(Clock clock, Transactions transactions, SmsLogPort smsLog,
                                 DeliveryOutcomePort outcomes, TicketEventPort events,
                                 FailedRecipients failedRecipients) {
        this.clock = clock;
        this.transactions = transactions;
        this.smsLog = smsLog;
        this.outcomes = outcomes;
        this.events = events;
        this.failedRecipients = failedRecipients;
    }

    @Override
    public void record(DeliveryReport report) {
        report.state().ifPresent(state -> smsLog.sendersOf(report.providerId()).forEach(
                tenantId -> transactions.forTenant(tenantId, () -> {
                    var first = outcomes.recordFirst(tenantId, report.providerId(), state, report.detail());
                    if (report.failed()) {
                        first.ifPresent(sms -> failedAfterAcceptance(sms, report, clock.instant()));
                    }
                })));
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
