package ch.opsfabric.application.email;

import ch.opsfabric.application.port.out.EmailPurpose;
import ch.opsfabric.application.port.out.EmailQueuePort;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.OutboundEmail;
import ch.opsfabric.domain.email.InboundAddress;
import ch.opsfabric.domain.email.TicketReference;
import ch.opsfabric.domain.routing.CustomerEmails;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.time.GermanTime;
import java.time.Instant;
import java.util.Optional;

/**
 * Confirms a new request to a customer by e-mail, through the durable e-mail queue, when it cannot
 * go by SMS (docs/domain-rules.md, E-mail intake). With an inbound e-mail domain set, the answer is
 * asked for at {@code {slug}+{reference}@{domain}}, so a reply threads into the ticket.
 */
public final class CustomerMail {

    private final EmailQueuePort queue;
    private final IdGenerator ids;
    private final Optional<String> inboundDomain;

    public CustomerMail(EmailQueuePort queue, IdGenerator ids, Optional<String> inboundDomain) {
        this.queue = queue;
        this.ids = ids;
        this.inboundDomain = inboundDomain;
    }

    /** @return whether a confirmation was queued: the ticket's contact has an e-mail address */
    public boolean confirm(Tenant tenant, Ticket ticket, String contactName, Instant now) {
        var address = ticket.contact().email();
        if (address.isEmpty()) {
            return false;
        }
        var profile = tenant.profile();
        var text = CustomerEmails.confirmation(profile.name(), contactName,
                GermanTime.deadline(ticket.slaDeadline(), now, profile.timezone()), TicketReference.of(ticket.id()));
        var replyTo = inboundDomain.map(domain -> InboundAddress.replyTo(profile.slug(), ticket.id(), domain));
        queue.enqueue(new OutboundEmail(ids.newId(), tenant.id(), ticket.id(), EmailPurpose.CUSTOMER_CONFIRMATION,
                address.get(), text.subject(), text.body(), now, now, 0, replyTo.orElse(null), null));
        return true;
    }
}
