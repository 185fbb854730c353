package ch.opsfabric.application.intake;

import ch.opsfabric.application.email.CustomerMail;
import ch.opsfabric.application.port.Forbidden;
import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.in.ContactFields;
import ch.opsfabric.application.port.in.EmailCommand;
import ch.opsfabric.application.port.in.ReceiveEmailUseCase;
import ch.opsfabric.application.port.out.InboundEmailPort;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.TicketReferencePort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.email.AutomaticMail;
import ch.opsfabric.domain.email.InboundAddress;
import ch.opsfabric.domain.email.TicketReference;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.ticket.Actor;
import ch.opsfabric.domain.ticket.Contact;
import ch.opsfabric.domain.ticket.Inquiry;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.Urgency;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * E-mail intake (docs/domain-rules.md, E-mail intake): the business is the one whose inbound
 * address {@code {slug}@{domain}} the e-mail was sent to; the contact is the sender's address. A
 * reply to our e-mail (its address or subject names the ticket) is added to that ticket while it
 * is open; any other e-mail goes through the intake like a wizard request, so a repeat the same
 * day joins the sender's open ticket, and a new ticket is confirmed to the sender by e-mail.
 * Auto-replies, bounces and bulk mail are dropped unanswered, and a repeated delivery changes
 * nothing. Everything is written in one transaction.
 */
public final class ReceiveEmailService implements ReceiveEmailUseCase {

    private final Clock clock;
    private final Transactions transactions;
    private final LoadTenantPort tenants;
    private final InboundEmailPort inbound;
    private final TicketReferencePort references;
    private final TicketStorePort tickets;
    private final TicketEventPort events;
    private final TicketIntake intake;
    private final CustomerMail customerMail;
    private final Optional<String> inboundDomain;

    public ReceiveEmailService(Clock clock, Transactions transactions, LoadTenantPort tenants, InboundEmailPort inbound,
                               TicketReferencePort references, TicketStorePort tickets, TicketEventPort events,
                               TicketIntake intake, CustomerMail customerMail, Optional<String> inboundDomain) {
        this.clock = clock;
        this.transactions = transactions;
        this.tenants = tenants;
        this.inbound = inbound;
        this.references = references;
        this.tickets = tickets;
        this.events = events;
        this.intake = intake;
        this.customerMail = customerMail;
        this.inboundDomain = inboundDomain;
    }

    @Override
    public EmailOutcome receive(EmailCommand email) {
        var address = email.recipients().stream()
                .flatMap(recipient -> inboundDomain.flatMap(domain -> InboundAddress.parse(recipient, domain)).stream())
                .findFirst()
                .orElseThrow(() -> new NotFound("no business receives e-mail at " + String.join(", ", email.recipients())
                        + inboundDomain.map(domain -> "").orElse(" (INBOUND_EMAIL_DOMAIN is not set)")));
        var tenant = tenants.bySlug(address.slug()).filter(found -> found.profile().active())
                .orElseThrow(() -> new NotFound("no active business receives e-mail at " + address.slug() + "@…"));
        if (!tenant.has(Module.EMAIL)) {
            throw new Forbidden("e-mail intake is switched off for '" + address.slug() + "'");
        }
        if (AutomaticMail.isAutomatic(email.from(), email.headers())) {
            return EmailOutcome.DROPPED_AUTOMATIC;
        }
        return transactions.forTenant(tenant.id(), () -> {
            var now = clock.instant();
            if (!inbound.receivedFirstTime(tenant.id(), email.messageId(), now)) {
                return EmailOutcome.ALREADY_RECEIVED;
            }
            var inquiry = inquiry(email);
            var reference = address.reference().or(() -> TicketReference.inSubject(email.subject()));
            var thread = reference.flatMap(named -> references.lockOpenByReference(tenant.id(), named));
            if (thread.isPresent()) {
                var absorbed = thread.get().absorb(inquiry, now);
                tickets.update(absorbed.ticket());
                events.append(tenant.id(), absorbed.event().by(Actor.CUSTOMER));
                inbound.landedIn(tenant.id(), email.messageId(), absorbed.ticket().id());
                return EmailOutcome.JOINED_TICKET;
            }
            var recorded = intake.record(tenant, inquiry, Actor.CUSTOMER, now);
            inbound.landedIn(tenant.id(), email.messageId(), recorded.ticket().id());
            if (recorded.merged()) {
                return EmailOutcome.JOINED_TICKET;
            }
            customerMail.confirm(tenant, recorded.ticket(), email.fromName(), now);
            return EmailOutcome.OPENED_TICKET;
        });
    }

    private static Inquiry inquiry(EmailCommand email) {
        var text = email.subject().isEmpty() ? email.text()
                : email.text().isEmpty() ? email.subject() : email.subject() + "\n\n" + email.text();
        var summary = text.length() <= ContactFields.MAX_SUMMARY_LENGTH ? text
                : text.substring(0, ContactFields.MAX_SUMMARY_LENGTH);
        var metadata = new LinkedHashMap<String, Object>();
        metadata.put("email_subject", email.subject());
        if (email.attachments() > 0) {
            metadata.put("attachments", email.attachments());
        }
        return new Inquiry(TicketSource.EMAIL, null, Urgency.MED, Contact.of(email.fromName(), null, email.from()),
                summary, metadata);
    }
}
