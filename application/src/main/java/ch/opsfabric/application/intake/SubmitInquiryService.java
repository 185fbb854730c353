package ch.opsfabric.application.intake;

import ch.opsfabric.application.email.CustomerMail;
import ch.opsfabric.application.port.Forbidden;
import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.in.InquiryOutcome;
import ch.opsfabric.application.port.in.SubmitInquiryCommand;
import ch.opsfabric.application.port.in.SubmitInquiryUseCase;
import ch.opsfabric.application.port.out.ConsentPort;
import ch.opsfabric.application.port.out.ConsentVersion;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.application.port.out.WizardVisitPort;
import ch.opsfabric.application.sms.Confirmations;
import ch.opsfabric.domain.sms.SmsTemplates;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.ticket.Actor;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.Urgency;
import ch.opsfabric.domain.time.GermanTime;
import java.time.Clock;
import java.util.Optional;

/**
 * Wizard and manual intake: the ticket, its events, the customer's consent (wizard only), the wizard
 * visit it came from (marked as captured, for the monthly report) and its confirmation SMS are written
 * in one transaction.
 */
public final class SubmitInquiryService implements SubmitInquiryUseCase {

    private final Clock clock;
    private final Transactions transactions;
    private final LoadTenantPort tenants;
    private final TicketIntake intake;
    private final Confirmations confirmations;
    private final ConsentPort consents;
    private final ConsentVersion consentVersion;
    private final WizardVisitPort visits;
    private final CustomerMail customerMail;

    public SubmitInquiryService(Clock clock, Transactions transactions, LoadTenantPort tenants, TicketIntake intake,
                                Confirmations confirmations, ConsentPort consents, ConsentVersion consentVersion,
                                WizardVisitPort visits, CustomerMail customerMail) {
        this.clock = clock;
        this.transactions = transactions;
        this.tenants = tenants;
        this.intake = intake;
        this.confirmations = confirmations;
        this.consents = consents;
        this.consentVersion = consentVersion;
        this.visits = visits;
        this.customerMail = customerMail;
    }

    @Override
    public InquiryOutcome submit(SubmitInquiryCommand command, Actor actor) {
        var tenant = tenants.bySlug(command.customerSlug())
                .filter(found -> found.profile().active())
                .orElseThrow(() -> new NotFound("no active business with slug '" + command.customerSlug() + "'"));
        if (command.ticketSource() == TicketSource.WIZARD && !tenant.has(Module.WIZARD)) {
            throw new Forbidden("the wizard is switched off for '" + command.customerSlug() + "'");
        }
        return transactions.forTenant(tenant.id(), () -> {
            var now = clock.instant();
            // The command refused a wizard request without consent.
            var consent = command.ticketSource() == TicketSource.WIZARD ? Optional.of(consentVersion)
                    : Optional.<ConsentVersion>empty();
            var recorded = intake.record(tenant, command.inquiry(), actor, now, consent);
            var ticket = recorded.ticket();
            if (consent.isPresent()) {
                // A new ticket was inserted with it; a joined ticket takes the latest one.
                if (recorded.merged()) {
                    consents.recordConsent(tenant.id(), ticket.id(), consentVersion, now);
                }
                command.visit().ifPresent(visit -> visits.markSubmitted(tenant.id(), visit));
            }
            // Addressed by the name this request gave: a joined ticket may carry another person's name.
            var name = command.inquiry().contact().name().or(() -> ticket.contact().name()).orElse("");
            var confirmation = SmsTemplates.wizardConfirmation(name,
                    GermanTime.deadline(ticket.slaDeadline(), now, tenant.profile().timezone()),
                    ticket.urgency() == Urgency.HIGH);
            var queued = confirmations.queue(tenant, ticket, confirmation, now, !recorded.merged());
            // Without a mobile number the confirmation goes by e-mail, once, when the ticket opens.
            if (!queued && !recorded.merged() && !confirmations.hasMobile(ticket)) {
                queued = customerMail.confirm(tenant, ticket, name, now);
            }
            return new InquiryOutcome(ticket.id(), queued, recorded.merged(), ticket.slaDeadline());
        });
    }
}
