package ch.opsfabric.application.escalation;

import ch.opsfabric.application.email.BusinessInbox;
import ch.opsfabric.application.port.in.EscalateOverdueUseCase;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.OverdueTicketsPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.TicketEvent;
import java.time.Clock;
import java.time.Instant;

/**
 * A ticket still {@code NEW} after its SLA deadline gets exactly one reminder e-mail to the
 * business, sent outside its quiet hours, and an {@code escalated} event. The claim, the e-mail and
 * the event are one transaction, so a reminder is neither lost nor sent twice.
 */
public final class EscalateOverdueService implements EscalateOverdueUseCase {

    static final int BATCH_SIZE = 100;

    private final Clock clock;
    private final Transactions transactions;
    private final OverdueTicketsPort overdue;
    private final LoadTenantPort tenants;
    private final BusinessInbox inbox;
    private final TicketEventPort events;

    public EscalateOverdueService(Clock clock, Transactions transactions, OverdueTicketsPort overdue,
                                  LoadTenantPort tenants, BusinessInbox inbox, TicketEventPort events) {
        this.clock = clock;
        this.transactions = transactions;
        this.overdue = overdue;
        this.tenants = tenants;
        this.inbox = inbox;
        this.events = events;
    }

    @Override
    public int escalateDue() {
        var now = clock.instant();
        var escalated = 0;
        for (var tenantId : overdue.tenantsWithOverdue(now)) {
            var tenant = tenants.byId(tenantId)
                    .orElseThrow(() -> new IllegalStateException("tickets without tenant: " + tenantId));
            escalated += transactions.forTenant(tenantId, () -> escalateBatch(tenant, now));
        }
        return escalated;
    }

    private int escalateBatch(Tenant tenant, Instant now) {
        var tickets = overdue.claimOverdue(tenant.id(), now, BATCH_SIZE);
        for (var ticket : tickets) {
            inbox.overdue(tenant, ticket, now);
            events.append(tenant.id(), TicketEvent.of(ticket.id(), EventType.ESCALATED, null,
                    ticket.slaDeadline().toString(), now));
        }
        return tickets.size();
    }
}
