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
import java.util.HashMap;
import java.util.UUID;

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
        return transactions.inTransaction(this::escalateBatch);
    }

    private int escalateBatch() {
        var now = clock.instant();
        var tickets = overdue.claimOverdue(now, BATCH_SIZE);
        var tenantsById = new HashMap<UUID, Tenant>();
        for (var ticket : tickets) {
            var tenant = tenantsById.computeIfAbsent(ticket.customerId(),
                    id -> tenants.byId(id).orElseThrow(() -> new IllegalStateException("ticket without tenant: " + id)));
            inbox.overdue(tenant, ticket, now);
            events.append(tenant.id(), TicketEvent.of(ticket.id(), EventType.ESCALATED, null,
                    ticket.slaDeadline().toString(), now));
        }
        return tickets.size();
    }
}
