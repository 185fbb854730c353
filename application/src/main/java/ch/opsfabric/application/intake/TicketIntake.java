package ch.opsfabric.application.intake;

import ch.opsfabric.application.email.BusinessInbox;
import ch.opsfabric.application.port.out.AssignByLoadPort;
import ch.opsfabric.application.port.out.ConsentVersion;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.port.out.TicketStorePort.NewTicket;
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
import java.util.List;
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

    /**
     * An inquiry to record.
     *
     * @param actor   who made the request: the customer, or staff entering it
     * @param consent the customer's consent given with the inquiry, stored with a ticket it opens; a ticket it
     *                joins is left to the caller ({@code ConsentPort})
     */
    public record Request(Inquiry inquiry, Actor actor, Optional<ConsentVersion> consent) {
    }

    /** @param actor who made the request: the customer, or staff entering it */
    public Recorded record(Tenant tenant, Inquiry inquiry, Actor actor, Instant now) {
        return record(tenant, inquiry, actor, now, Optional.empty());
    }

    /** @param consent as in {@link Request} */
    public Recorded record(Tenant tenant, Inquiry inquiry, Actor actor, Instant now, Optional<ConsentVersion> consent) {
        return recordAll(tenant, List.of(new Request(inquiry, actor, consent)), now).getFirst();
    }

    /**
     * Records inquiries of one business made at about the same time, as if one after the other in their order:
     * the tickets they open are inserted, and their events and e-mails queued, in one statement each.
     *
     * @return what became of each, in their order
     */
    public List<Recorded> recordAll(Tenant tenant, List<Request> requests, Instant now) {
        var deadline = sla.deadline(now, tenant.profile().slaPolicy());
        var attempts = requests.stream().map(request -> new Attempt(request, Ticket.open(ids.newId(), tenant.id(),
                request.inquiry(), DedupeKey.of(tenant.id(), request.inquiry().contact(), now,
                        tenant.profile().timezone()).orElse(null), now, deadline))).toList();
        // The inserts come first because most inquiries open a ticket: one statement instead of a
        // look-up and an insert. An insert stands back when an open ticket has the key; that one is joined.
        var inserted = tickets.insertAllUnlessDuplicate(attempts.stream()
                .map(attempt -> new NewTicket(attempt.ticket(), attempt.request().consent())).toList());
        opening(tenant, attempts.stream().filter(attempt -> inserted.contains(attempt.ticket().id())).toList(), now);
        return attempts.stream().map(attempt -> inserted.contains(attempt.ticket().id())
                ? new Recorded(attempt.ticket(), false)
                : joinOrOpen(tenant, attempt, now)).toList();
    }

    /** An inquiry with the ticket it opens unless it joins one. */
    private record Attempt(Request request, Ticket.Opened opened) {

        Ticket ticket() {
            return opened.ticket();
        }
    }

    /** Joins the open ticket with the inquiry's key, unless it was closed in between; then the insert is tried again. */
    private Recorded joinOrOpen(Tenant tenant, Attempt attempt, Instant now) {
        var request = attempt.request();
        while (true) {
            var open = attempt.ticket().dedupe().flatMap(tickets::lockOpenByDedupeKey);
            if (open.isPresent()) {
                var absorbed = open.get().absorb(request.inquiry(), now);
                tickets.update(absorbed.ticket());
                events.append(tenant.id(), absorbed.event().by(request.actor()));
                if (absorbed.raisedToHigh()) {
                    inbox.raisedToHigh(tenant, absorbed.ticket(), now);
                    alerts.ticketChanged(tenant, absorbed.ticket(), now);
                }
                return new Recorded(absorbed.ticket(), true);
            }
            if (tickets.insertUnlessDuplicate(attempt.ticket(), request.consent())) {
                opening(tenant, List.of(attempt), now);
                return new Recorded(attempt.ticket(), false);
            }
        }
    }

    /** What follows the opening of tickets: their events, assignees, the business's e-mails and urgent ones' alerts. */
    private void opening(Tenant tenant, List<Attempt> opened, Instant now) {
        events.appendAll(tenant.id(), opened.stream()
                .map(attempt -> attempt.opened().event().by(attempt.request().actor())).toList());
        var openedTickets = opened.stream().map(Attempt::ticket).toList();
        openedTickets.forEach(ticket -> assign(tenant, ticket, now));
        inbox.newRequests(tenant, openedTickets, now);
        openedTickets.forEach(ticket -> alerts.ticketChanged(tenant, ticket, now));
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
