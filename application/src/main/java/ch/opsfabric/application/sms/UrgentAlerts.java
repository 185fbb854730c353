package ch.opsfabric.application.sms;

import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.domain.routing.UrgentAlert;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.Urgency;
import java.time.Instant;

/**
 * Tells the business's alert phone ({@code alert_phone}) by SMS the moment a ticket becomes urgent,
 * besides the e-mail (docs/domain-rules.md, Call forwarding and urgent alerts). At most one per
 * ticket, whichever path (intake, the customer's reply, staff) or instance makes it urgent first:
 * the queue's store decides. Queued urgent, so quiet hours do not hold it; it goes to the business's
 * own number, so opt-outs and the daily cap do not concern it. Runs in the transaction of the
 * change that made the ticket urgent.
 */
public final class UrgentAlerts {

    private final SmsQueuePort queue;
    private final IdGenerator ids;
    private final UrgentAlert alert;
    private final String dashboardBaseUrl;

    /** @param dashboardBaseUrl where staff open a ticket; the ticket id is appended */
    public UrgentAlerts(SmsQueuePort queue, IdGenerator ids, String dashboardBaseUrl, NumberingPlan numbers) {
        this.queue = queue;
        this.ids = ids;
        this.alert = new UrgentAlert(numbers);
        this.dashboardBaseUrl = dashboardBaseUrl.endsWith("/") ? dashboardBaseUrl : dashboardBaseUrl + "/";
    }

    /** Queues the alert when the ticket is urgent and the business has an alert phone. */
    public void ticketChanged(Tenant tenant, Ticket ticket, Instant now) {
        if (ticket.urgency() != Urgency.HIGH) {
            return;
        }
        tenant.profile().channels().alert().ifPresent(alertPhone -> queue.enqueueOncePerTicket(new OutboundSms(
                ids.newId(), tenant.id(), ticket.id(), SmsPurpose.URGENT_ALERT, alertPhone,
                tenant.profile().smsNumber(), alert.text(ticket, dashboardBaseUrl + ticket.id()).body(), now, now,
                true, 0)));
    }
}
