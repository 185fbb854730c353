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
import ch.opsfabric.application.support.GroupedCommits;
import ch.opsfabric.domain.sms.SmsTemplates;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Actor;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.Urgency;
import ch.opsfabric.domain.time.GermanTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Wizard and manual intake: the ticket, its events, the customer's consent (wizard only), the wizard
 * visit it came from (marked as captured, for the monthly report) and its confirmation SMS are written
 * in one transaction. Inquiries of one business that arrive while its last ones are being written are
 * written together, in one transaction and with one statement for each kind of row where they can share
 * it ({@link GroupedCommits}): a busy business costs the database a fraction of its requests' statements
 * and commits (bench/README.md, "Fourth pass"). Each caller still returns only once its own inquiry is
 * committed, and one that fails is tried again alone, so it fails no other.
 */
public final class SubmitInquiryService implements SubmitInquiryUseCase {

    /** More inquiries than a business gets at once on the busiest morning; a group this large is written in milliseconds. */
    private static final int MOST_IN_ONE_TRANSACTION = 32;
    /** Groups of one business written at once: the next one is gathered and sent while the last commits. */
    private static final int GROUPS_AT_ONCE = 2;

    private final Clock clock;
    private final LoadTenantPort tenants;
    private final TicketIntake intake;
    private final Confirmations confirmations;
    private final ConsentPort consents;
    private final ConsentVersion consentVersion;
    private final WizardVisitPort visits;
    private final CustomerMail customerMail;
    private final GroupedCommits<Submission, InquiryOutcome> submissions;

    public SubmitInquiryService(Clock clock, Transactions transactions, LoadTenantPort tenants, TicketIntake intake,
                                Confirmations confirmations, ConsentPort consents, ConsentVersion consentVersion,
                                WizardVisitPort visits, CustomerMail customerMail) {
        this.clock = clock;
        this.tenants = tenants;
        this.intake = intake;
        this.confirmations = confirmations;
        this.consents = consents;
        this.consentVersion = consentVersion;
        this.visits = visits;
        this.customerMail = customerMail;
        this.submissions = new GroupedCommits<>(transactions, MOST_IN_ONE_TRANSACTION, GROUPS_AT_ONCE,
                this::submitTogether, work -> Thread.ofVirtual().name("intake-group").start(work));
    }

    private record Submission(Tenant tenant, SubmitInquiryCommand command, Actor actor) {

        /** The command refused a wizard request without consent. */
        Optional<ConsentVersion> consent(ConsentVersion current) {
            return command.ticketSource() == TicketSource.WIZARD ? Optional.of(current) : Optional.empty();
        }

        /** Addressed by the name this request gave: a joined ticket may carry another person's name. */
        String name(Ticket ticket) {
            return command.inquiry().contact().name().or(() -> ticket.contact().name()).orElse("");
        }
    }

    @Override
    public InquiryOutcome submit(SubmitInquiryCommand command, Actor actor) {
        var tenant = tenants.bySlug(command.customerSlug())
                .filter(found -> found.profile().active())
                .orElseThrow(() -> new NotFound("no active business with slug '" + command.customerSlug() + "'"));
        if (command.ticketSource() == TicketSource.WIZARD && !tenant.has(Module.WIZARD)) {
            throw new Forbidden("the wizard is switched off for '" + command.customerSlug() + "'");
        }
        return submissions.commit(tenant.id(), new Submission(tenant, command, actor));
    }

    /** In the business's transaction; the group's first saw the business as all of them would. */
    private List<InquiryOutcome> submitTogether(List<Submission> group) {
        var tenant = group.getFirst().tenant();
        var now = clock.instant();
        var recorded = intake.recordAll(tenant, group.stream().map(submission -> new TicketIntake.Request(
                submission.command().inquiry(), submission.actor(), submission.consent(consentVersion))).toList(), now);
        var confirming = new ArrayList<Confirmations.Request>();
        for (int index = 0; index < group.size(); index++) {
            var submission = group.get(index);
            var ticket = recorded.get(index).ticket();
            if (submission.consent(consentVersion).isPresent()) {
                // A new ticket was inserted with it; a joined ticket takes the latest one.
                if (recorded.get(index).merged()) {
                    consents.recordConsent(tenant.id(), ticket.id(), consentVersion, now);
                }
                submission.command().visit().ifPresent(visit -> visits.markSubmitted(tenant.id(), visit));
            }
            var text = SmsTemplates.wizardConfirmation(submission.name(ticket),
                    GermanTime.deadline(ticket.slaDeadline(), now, tenant.profile().timezone()),
                    ticket.urgency() == Urgency.HIGH);
            confirming.add(new Confirmations.Request(ticket, text, !recorded.get(index).merged()));
        }
        var queued = confirmations.queueAll(tenant, confirming, now);
        var outcomes = new ArrayList<InquiryOutcome>();
        for (int index = 0; index < group.size(); index++) {
            var ticket = recorded.get(index).ticket();
            var merged = recorded.get(index).merged();
            // Without a mobile number the confirmation goes by e-mail, once, when the ticket opens.
            var confirmed = queued.get(index) || !merged && !confirmations.hasMobile(ticket)
                    && customerMail.confirm(tenant, ticket, group.get(index).name(ticket), now);
            outcomes.add(new InquiryOutcome(ticket.id(), confirmed, merged, ticket.slaDeadline()));
        }
        return outcomes;
    }
}
