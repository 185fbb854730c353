package ch.opsfabric.application.intake;

import ch.opsfabric.application.email.BusinessInbox;
import ch.opsfabric.application.port.out.AssignByLoadPort;
import ch.opsfabric.application.port.out.ConsentVersion;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.sms.UrgentAlerts;
import ch.opsfabric.domain.tenant.Assignment;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Actor;
import ch.opsfabric.domain.ticket.DedupeKey;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.Inquiry;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketEvent;
import ch.opsfabric.domain.time.SlaCalculator;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an inquiry from any channel into a ticket: it joins today's open ticket of the same
 * contact or opens a new one, writes the event, and routes new and newly urgent tickets to the
 * business (an urgent one to its alert phone too). Dedupe is settled by the store, so concurrent
 * identical inquiries end in one ticket. A business that assigns by load gets each new ticket assigned
 * to the active staff member with the fewest open tickets (docs/domain-rules.md, Assignment); a joined
 * ticket keeps its assignee.
 * Must run inside a transaction.
 */
public final class TicketIntake {

    private final TicketStorePort tickets;
    private final TicketEventPort events;
    private final BusinessInbox inbox;
    private final UrgentAlerts alerts;
    private final SlaCalculator sla;
    private final IdGenerator ids;
    private final AssignByLoadPort assignments;

    public TicketIntake(TicketStorePort tickets, TicketEventPort events, BusinessInbox inbox, UrgentAlerts alerts,
                        SlaCalculator sla, IdGenerator ids, AssignByLoadPort assignments) {
        this.tickets = tickets;
        this.events = events;
        this.inbox = inbox;
        this.alerts = alerts;
        this.sla = sla;
        this.ids = ids;
        this.assignments = assignments;
    }

    /** @param merged whether the inquiry joined an open ticket instead of opening one */
    public record Recorded(Ticket ticket, boolean merged) {
    }

    /** @param actor who made the request: the customer, or staff entering it */
    public Recorded record(Tenant tenant, Inquiry inquiry, Actor actor, Instant now) {
        return record(tenant, inquiry, actor, now, Optional.empty());
    }

    /**
     * @param consent the customer's consent given with the inquiry, stored with a ticket it opens; a ticket it
     *                joins is left to the caller ({@code ConsentPort})
     */
    public Recorded record(Tenant tenant, Inquiry inquiry, Actor actor, Instant now, Optional<ConsentVersion> consent) {
        var key = DedupeKey.of(tenant.id(), inquiry.contact(), now, tenant.profile().timezone());
        var deadline = sla.deadline(now, tenant.profile().slaPolicy());
        var opened = Ticket.open(ids.newId(), tenant.id(), inquiry, key.orElse(null), now, deadline);
        // The insert comes first because most inquiries open a ticket: one statement instead of a
        // look-up and an insert. It stands back when an open ticket has the key; that one is joined,
        // unless it was closed in between, and then the insert is tried again.
        while (true) {
            if (tickets.insertUnlessDuplicate(opened.ticket(), consent)) {
                events.append(tenant.id(), opened.event().by(actor));
                assign(tenant, opened.ticket(), now);
                inbox.newRequest(tenant, opened.ticket(), false, now);
                alerts.ticketChanged(tenant, opened.ticket(), now);
                return new Recorded(opened.ticket(), false);
            }
            var open = key.flatMap(tickets::lockOpenByDedupeKey);
            if (open.isPresent()) {
                var absorbed = open.get().absorb(inquiry, now);
                tickets.update(absorbed.ticket());
                events.append(tenant.id(), absorbed.event().by(actor));
                if (absorbed.raisedToHigh()) {
                    inbox.newRequest(tenant, absorbed.ticket(), true, now);
                    alerts.ticketChanged(tenant, absorbed.ticket(), now);
                }
                return new Recorded(absorbed.ticket(), true);
            }
        }
    }

    private void assign(Tenant tenant, Ticket ticket, Instant now) {
        if (tenant.profile().assignment() != Assignment.LEAST_OPEN) {
            return;
        }
        assignments.assignLeastOpen(tenant.id(), ticket.id(), now).ifPresent(staffMember ->
                events.append(tenant.id(), new TicketEvent(ticket.id(), EventType.ASSIGNMENT_CHANGED, null,
                        staffMember.toString(), Map.of("rule", Assignment.LEAST_OPEN.code()), now)));
    }
}
