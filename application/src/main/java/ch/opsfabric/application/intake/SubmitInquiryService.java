package ch.opsfabric.application.intake;

import ch.opsfabric.application.Forbidden;
import ch.opsfabric.application.NotFound;
import ch.opsfabric.application.port.in.SubmitInquiryUseCase;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.application.sms.Confirmations;
import ch.opsfabric.domain.sms.SmsTemplates;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.DedupeKey;
import ch.opsfabric.domain.ticket.Inquiry;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.Urgency;
import ch.opsfabric.domain.time.GermanTime;
import ch.opsfabric.domain.time.SlaCalculator;
import java.time.Clock;
import java.time.Instant;

/**
 * Wizard and manual intake. The ticket, its events and its confirmation SMS are written in one
 * transaction; dedupe is settled by the store, so concurrent identical posts end in one ticket.
 */
public final class SubmitInquiryService implements SubmitInquiryUseCase {

    private final Clock clock;
    private final Transactions transactions;
    private final LoadTenantPort tenants;
    private final TicketStorePort tickets;
    private final TicketEventPort events;
    private final Confirmations confirmations;
    private final SlaCalculator sla;
    private final IdGenerator ids;

    public SubmitInquiryService(Clock clock, Transactions transactions, LoadTenantPort tenants,
                                TicketStorePort tickets, TicketEventPort events, Confirmations confirmations,
                                SlaCalculator sla, IdGenerator ids) {
        this.clock = clock;
        this.transactions = transactions;
        this.tenants = tenants;
        this.tickets = tickets;
        this.events = events;
        this.confirmations = confirmations;
        this.sla = sla;
        this.ids = ids;
    }

    @Override
    public InquiryOutcome submit(SubmitInquiryCommand command) {
        return transactions.inTransaction(() -> {
            var tenant = tenants.bySlug(command.customerSlug())
                    .filter(found -> found.profile().active())
                    .orElseThrow(() -> new NotFound("no active business with slug '" + command.customerSlug() + "'"));
            if (command.ticketSource() == TicketSource.WIZARD && !tenant.has(Module.WIZARD)) {
                throw new Forbidden("the wizard is switched off for '" + command.customerSlug() + "'");
            }
            var now = clock.instant();
            var inquiry = command.inquiry();
            var recorded = record(tenant, inquiry, now);
            var ticket = recorded.ticket();
            var confirmation = SmsTemplates.wizardConfirmation(ticket.contact().name().orElse(""),
                    GermanTime.deadline(ticket.slaDeadline(), now, tenant.profile().timezone()),
                    ticket.urgency() == Urgency.HIGH);
            var queued = confirmations.queue(tenant, ticket, confirmation, now);
            return new InquiryOutcome(ticket.id(), queued, recorded.merged());
        });
    }

    private Recorded record(Tenant tenant, Inquiry inquiry, Instant now) {
        var key = DedupeKey.of(tenant.id(), inquiry.contact(), now, tenant.profile().timezone());
        var deadline = sla.deadline(now, tenant.profile().slaPolicy());
        var opened = Ticket.open(ids.newId(), tenant.id(), inquiry, key.orElse(null), now, deadline);
        // A lost insert race means another transaction just committed the open ticket: join it.
        while (true) {
            var open = key.flatMap(tickets::lockOpenByDedupeKey);
            if (open.isPresent()) {
                var absorbed = open.get().absorb(inquiry, now);
                tickets.update(absorbed.ticket());
                events.append(tenant.id(), absorbed.event());
                return new Recorded(absorbed.ticket(), true);
            }
            if (tickets.insertUnlessDuplicate(opened.ticket())) {
                events.append(tenant.id(), opened.event());
                return new Recorded(opened.ticket(), false);
            }
        }
    }

    private record Recorded(Ticket ticket, boolean merged) {
    }
}
