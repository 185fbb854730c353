package ch.opsfabric.application.staff;

import ch.opsfabric.application.port.DuplicateOpenTicket;
import ch.opsfabric.application.port.in.ChangeOutcome;
import ch.opsfabric.application.port.in.ChangeTicketCommand;
import ch.opsfabric.application.port.in.ChangeTicketUseCase;
import ch.opsfabric.application.port.out.AppointmentPort;
import ch.opsfabric.application.port.out.BrowseTicketsPort;
import ch.opsfabric.application.port.out.LockTicketPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.AssignTicketPort;
import ch.opsfabric.application.port.out.ActiveMemberPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.application.sms.Confirmations;
import ch.opsfabric.application.sms.UrgentAlerts;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.sms.SmsTemplates;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Actor;
import ch.opsfabric.domain.ticket.AppointmentPolicy;
import ch.opsfabric.domain.ticket.Contact;
import ch.opsfabric.domain.ticket.DedupeKey;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.StatusChange;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketEvent;
import ch.opsfabric.domain.time.GermanTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Applies a staff change to one ticket in one transaction, under the ticket's lock: the status
 * move through the state machine, the appointment, contact, summary and urgency changes, their events,
 * the appointment SMS, the alert for a ticket made urgent, and the assignee. The move is decided first and
 * the assignee checked before anything is written, so a refused change writes nothing at all; a change
 * that changes nothing writes nothing either.
 */
public final class ChangeTicketService implements ChangeTicketUseCase {

    private final Clock clock;
    private final Transactions transactions;
    private final LockTicketPort locks;
    private final TicketStorePort store;
    private final TicketEventPort events;
    private final AppointmentPort appointments;
    private final BrowseTicketsPort tickets;
    private final TicketDetails details;
    private final Confirmations confirmations;
    private final ActiveMemberPort members;
    private final AssignTicketPort assignments;
    private final UrgentAlerts alerts;

    public ChangeTicketService(Clock clock, Transactions transactions, LockTicketPort locks, TicketStorePort store,
                               TicketEventPort events, AppointmentPort appointments, BrowseTicketsPort tickets,
                               TicketDetails details, Confirmations confirmations, ActiveMemberPort members,
                               AssignTicketPort assignments, UrgentAlerts alerts) {
        this.clock = clock;
        this.transactions = transactions;
        this.locks = locks;
        this.store = store;
        this.events = events;
        this.appointments = appointments;
        this.tickets = tickets;
        this.details = details;
        this.confirmations = confirmations;
        this.members = members;
        this.assignments = assignments;
        this.alerts = alerts;
    }

    @Override
    public ChangeOutcome change(Tenant tenant, Actor actor, ChangeTicketCommand command) {
        return transactions.forTenant(tenant.id(), () -> {
            var current = locks.lock(tenant.id(), command.ticketId())
                    .orElseThrow(() -> BrowseTicketsService.noSuchTicket(command.ticketId()));
            var now = clock.instant();
            var move = command.targetStatus().map(target -> current.ticket().moveTo(target, now))
                    .orElseGet(() -> new StatusChange.Unchanged(current.ticket()));
            if (move instanceof StatusChange.Refused refused) {
                return new ChangeOutcome.Refused(refused.from(), refused.to(), refused.allowed());
            }
            var draft = move instanceof StatusChange.Moved moved
                    ? new Draft(moved.ticket(), List.of(moved.event()))
                    : new Draft(current.ticket(), List.of());
            var appointment = AppointmentPolicy.appointmentAfter(current.ticket().status(), draft.ticket().status(),
                    current.scheduledAt(), command.appointment());
            var rescheduled = !Objects.equals(appointment, current.scheduledAt());
            if (rescheduled) {
                draft = draft.and(TicketEvent.of(draft.ticket().id(), EventType.APPOINTMENT_CHANGED,
                        text(current.scheduledAt()), text(appointment), now));
            }
            draft = corrections(draft, command, tenant.profile().timezone(), now);
            refuseKeyOfAnotherOpenTicket(current.ticket(), draft.ticket());
            var assignee = command.assignee().appliedTo(current.assignedTo());
            var reassigned = !Objects.equals(assignee, current.assignedTo());
            if (reassigned) {
                refuseUnlessActiveMember(tenant, assignee);
                draft = draft.and(TicketEvent.of(draft.ticket().id(), EventType.ASSIGNMENT_CHANGED,
                        text(current.assignedTo()), text(assignee), now));
            }
            save(tenant, actor, draft);
            if (current.ticket().urgency() != draft.ticket().urgency()) {
                alerts.ticketChanged(tenant, draft.ticket(), now);
            }
            if (rescheduled) {
                reschedule(tenant, draft.ticket(), appointment, now);
            }
            if (reassigned) {
                assignments.assign(tenant.id(), draft.ticket().id(), assignee, now);
            }
            var stored = tickets.one(tenant.id(), command.ticketId()).orElseThrow();
            return new ChangeOutcome.Applied(details.of(stored));
        });
    }

    /** A change that changes nothing writes nothing, not even {@code updated_at}. */
    private void save(Tenant tenant, Actor actor, Draft draft) {
        if (!draft.events().isEmpty()) {
            store.update(draft.ticket());
            draft.events().forEach(event -> events.append(tenant.id(), event.by(actor)));
        }
    }

    /** Another business's person is refused like an unknown one: existence is not revealed. */
    private void refuseUnlessActiveMember(Tenant tenant, UUID assignee) {
        if (assignee != null && members.activeMember(tenant.id(), assignee).isEmpty()) {
            throw new InvalidValue("assigned_to", "is not an active staff member of this business: " + assignee);
        }
    }

    /** Keeps the new appointment and tells the customer, unless it was entered after it took place. */
    private void reschedule(Tenant tenant, Ticket ticket, Instant appointment, Instant now) {
        appointments.setAppointment(tenant.id(), ticket.id(), appointment, now);
        if (appointment != null && appointment.isAfter(now)) {
            var when = GermanTime.appointment(appointment, tenant.profile().timezone());
            confirmations.queueNotice(tenant, ticket, SmsPurpose.APPOINTMENT,
                    SmsTemplates.appointmentConfirmation(tenant.profile().name(), when), now);
        }
    }

    /**
     * A corrected contact moves the dedupe key; while the ticket is open, that key may not be the
     * key of another open ticket (the same person's other request of that day): the two would be
     * one request, which staff settle by closing one of them, not by a correction.
     */
    private void refuseKeyOfAnotherOpenTicket(Ticket before, Ticket after) {
        if (!after.status().isOpen() || after.dedupe().equals(before.dedupe())) {
            return;
        }
        after.dedupe().flatMap(store::findOpenByDedupeKey)
                .filter(other -> !other.equals(after.id()))
                .ifPresent(other -> {
                    throw new DuplicateOpenTicket(DedupeKey.field(after.contact()), other);
                });
    }

    private static Draft corrections(Draft draft, ChangeTicketCommand command, ZoneId zone, Instant now) {
        if (command.changesContact()) {
            draft = draft.and(draft.ticket().correctContact(corrected(draft.ticket().contact(), command), zone, now));
        }
        if (command.targetUrgency().isPresent()) {
            draft = draft.and(draft.ticket().changeUrgency(command.targetUrgency().get(), now));
        }
        if (command.summary().named()) {
            var summary = command.summary().appliedTo(draft.ticket().summary());
            draft = draft.and(draft.ticket().correctSummary(summary, now));
        }
        return draft;
    }

    private static Contact corrected(Contact contact, ChangeTicketCommand command) {
        return new Contact(
                Optional.ofNullable(command.contactName().appliedTo(contact.name().orElse(null))),
                Optional.ofNullable(command.phone().appliedTo(contact.phone().orElse(null))),
                Optional.ofNullable(command.contactEmail().appliedTo(contact.email().orElse(null))));
    }

    /** The ticket as the change leaves it so far, with the events that record how. */
    private record Draft(Ticket ticket, List<TicketEvent> events) {

        Draft and(TicketEvent event) {
            return new Draft(ticket, Stream.concat(events.stream(), Stream.of(event)).toList());
        }

        Draft and(Ticket.Edited edited) {
            return new Draft(edited.ticket(), Stream.concat(events.stream(), edited.events().stream()).toList());
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
