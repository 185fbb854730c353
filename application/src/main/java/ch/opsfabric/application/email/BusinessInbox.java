package ch.opsfabric.application.email;

import ch.opsfabric.application.port.out.EmailPurpose;
import ch.opsfabric.application.port.out.EmailQueuePort;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.application.port.out.OutboundEmail;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.routing.BusinessEmails;
import ch.opsfabric.domain.routing.EmailText;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.time.GermanTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything the business is told goes to its one primary inbox, {@code customers.email}
 * (docs/domain-rules.md, Routing and escalation), through the durable e-mail queue; only the SLA warning
 * goes to the ticket's assignee when it has one. Routing of new requests goes at
 * once, at any hour; the overdue reminder waits for the end of the business's quiet hours.
 */
public final class BusinessInbox {

    private final BusinessEmails emails;
    private final EmailQueuePort queue;
    private final IdGenerator ids;
    private final String dashboardBaseUrl;

    /** @param dashboardBaseUrl where staff open a ticket; the ticket id is appended */
    public BusinessInbox(EmailQueuePort queue, IdGenerator ids, String dashboardBaseUrl, NumberingPlan numbers) {
        this.emails = new BusinessEmails(numbers);
        this.queue = queue;
        this.ids = ids;
        this.dashboardBaseUrl = dashboardBaseUrl.endsWith("/") ? dashboardBaseUrl : dashboardBaseUrl + "/";
    }

    /** A joined ticket that became urgent is routed again, as a request. */
    public void raisedToHigh(Tenant tenant, Ticket ticket, Instant now) {
        enqueue(tenant, ticket.id(), EmailPurpose.RAISED_TO_HIGH, emails.newRequest(ticket, link(ticket)), now, now);
    }

    /** Routes tickets just opened, queued together. */
    public void newRequests(Tenant tenant, List<Ticket> tickets, Instant now) {
        queue.enqueueAll(tickets.stream().map(ticket -> email(tenant, ticket.id(), EmailPurpose.NEW_REQUEST,
                emails.newRequest(ticket, link(ticket)), now, now)).toList());
    }

    public void overdue(Tenant tenant, Ticket ticket, Instant now) {
        var zone = tenant.profile().timezone();
        var promised = GermanTime.deadline(ticket.slaDeadline(), now, zone);
        var due = tenant.profile().quietHoursPolicy().nextAllowedSend(now);
        enqueue(tenant, ticket.id(), EmailPurpose.OVERDUE_REMINDER,
                emails.overdue(ticket, promised, link(ticket)), now, due);
    }

    /** At once: the warning comes in the business's working time (docs/domain-rules.md, SLA warning). */
    public void slaWarning(Tenant tenant, Ticket ticket, Optional<String> assignee, Instant now) {
        var promised = GermanTime.deadline(ticket.slaDeadline(), now, tenant.profile().timezone());
        var text = emails.slaWarning(ticket, promised, link(ticket));
        queue.enqueue(new OutboundEmail(ids.newId(), tenant.id(), ticket.id(), EmailPurpose.SLA_WARNING,
                assignee.orElse(tenant.profile().email()), text.subject(), text.body(), now, now, 0));
    }

    public void undeliveredSms(Tenant tenant, UUID ticketId, PhoneNumber customer, String message, String reason,
                               Instant now) {
        enqueue(tenant, ticketId, EmailPurpose.SMS_FALLBACK, emails.undeliveredSms(customer, message, reason),
                now, now);
    }

    private void enqueue(Tenant tenant, UUID ticketId, EmailPurpose purpose, EmailText text, Instant now, Instant due) {
        queue.enqueue(email(tenant, ticketId, purpose, text, now, due));
    }

    private OutboundEmail email(Tenant tenant, UUID ticketId, EmailPurpose purpose, EmailText text, Instant now,
                                Instant due) {
        return new OutboundEmail(ids.newId(), tenant.id(), ticketId, purpose, tenant.profile().email(), text.subject(),
                text.body(), now, due, 0);
    }

    private String link(Ticket ticket) {
        return dashboardBaseUrl + ticket.id();
    }
}
