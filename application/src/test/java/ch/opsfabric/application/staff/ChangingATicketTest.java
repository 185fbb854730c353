package ch.opsfabric.application.staff;

import ch.opsfabric.application.fakes.InMemoryTickets;
import static ch.opsfabric.application.staff.StaffFixtures.DOERFLER;
import static ch.opsfabric.application.staff.StaffFixtures.OPENED;
import static ch.opsfabric.application.staff.StaffFixtures.OTHER_BUSINESS;
import static ch.opsfabric.application.staff.StaffFixtures.aTicket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.fakes.DirectTransactions;
import ch.opsfabric.application.fakes.InMemoryOptOuts;
import ch.opsfabric.application.fakes.InMemorySmsQueue;
import ch.opsfabric.application.sms.Confirmations;
import ch.opsfabric.application.sms.UrgentAlerts;
import ch.opsfabric.domain.phone.LibphonenumberPlan;
import ch.opsfabric.application.port.in.ChangeOutcome;
import ch.opsfabric.application.port.in.ChangeTicketCommand;
import ch.opsfabric.application.port.in.Edit;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.application.port.out.ActiveMemberPort.ActiveMember;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.ticket.Actor;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.ChannelSettings;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketEvent;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.ticket.Urgency;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ChangeTicketService over in-memory ports: one staff change, all of it or nothing. */
class ChangingATicketTest {

    private static final Instant NOW = OPENED.plus(Duration.ofMinutes(30));
    /** Wednesday 25 November 2026, 14:00 in Zurich. */
    private static final Instant APPOINTMENT = Instant.parse("2026-11-25T13:00:00Z");
    private static final Actor CLERK = Actor.staff(UUID.fromString("5a1e0000-0000-4000-8000-00000000c1e4"));

    private final InMemoryTickets tickets = new InMemoryTickets();
    private final InMemorySmsQueue queue = new InMemorySmsQueue();
    private final InMemoryOptOuts optOuts = new InMemoryOptOuts();
    private final Map<UUID, ActiveMember> people = new HashMap<>();
    private final ChangeTicketService service = serviceAt(NOW);

    @Test
    void a_move_the_state_machine_refuses_is_an_outcome_that_writes_nothing() {
        var ticket = stored(aTicket().withStatus(TicketStatus.DONE));

        var outcome = service.change(DOERFLER, CLERK, command(ticket).status("NEW").summary("neu").build());

        assertThat(outcome).isEqualTo(new ChangeOutcome.Refused(TicketStatus.DONE, TicketStatus.NEW,
                Set.of(TicketStatus.CLOSED)));
        assertThat(tickets.writes()).isZero();
    }

    @Test
    void every_entry_a_change_writes_names_who_made_it() {
        var ticket = stored(aTicket());

        service.change(DOERFLER, CLERK, command(ticket).status("IN_PROGRESS").summary("Dachrinne tropft").build());

        assertThat(tickets.eventsOf(ticket.id())).extracting(TicketEvent::type, TicketEvent::actor)
                .containsExactly(tuple(EventType.STATUS_CHANGED, CLERK), tuple(EventType.SUMMARY_CHANGED, CLERK));
    }

    @Test
    void entering_scheduled_without_an_appointment_is_refused_naming_scheduled_at() {
        var ticket = stored(aTicket());

        assertThatThrownBy(() -> service.change(DOERFLER, CLERK, command(ticket).status("SCHEDULED").build()))
                .isInstanceOfSatisfying(InvalidValue.class, invalid ->
                        assertThat(invalid.field()).isEqualTo("scheduled_at"));
        assertThat(tickets.writes()).isZero();
    }

    @Test
    void scheduling_keeps_the_appointment_writes_both_events_and_queues_the_german_sms() {
        var ticket = stored(aTicket());

        var outcome = service.change(DOERFLER, CLERK,
                command(ticket).status("SCHEDULED").scheduledAt(APPOINTMENT.toString()).build());

        assertThat(outcome).isInstanceOfSatisfying(ChangeOutcome.Applied.class, applied ->
                assertThat(applied.detail().view().scheduledAt()).isEqualTo(APPOINTMENT));
        assertThat(tickets.eventsOf(ticket.id())).containsExactly(
                TicketEvent.of(ticket.id(), EventType.STATUS_CHANGED, "NEW", "SCHEDULED", NOW).by(CLERK),
                TicketEvent.of(ticket.id(), EventType.APPOINTMENT_CHANGED, null, APPOINTMENT.toString(), NOW)
                        .by(CLERK));
        assertThat(queue.messages()).singleElement().satisfies(sms -> {
            assertThat(sms.purpose()).isEqualTo(SmsPurpose.APPOINTMENT);
            assertThat(sms.body()).isEqualTo("Ihr Termin bei Dörfler AG: Mi 25.11. 14:00.");
            assertThat(sms.dueAt()).isEqualTo(NOW);
        });
    }

    @Test
    void an_appointment_entered_after_it_took_place_is_kept_but_not_texted() {
        var ticket = stored(aTicket());

        service.change(DOERFLER, CLERK, command(ticket).status("SCHEDULED").scheduledAt(OPENED.toString()).build());

        assertThat(tickets.stored(ticket.id()).scheduledAt()).isEqualTo(OPENED);
        assertThat(queue.messages()).isEmpty();
    }

    @Test
    void the_same_status_again_writes_nothing() {
        var ticket = stored(aTicket().withStatus(TicketStatus.IN_PROGRESS));

        var outcome = service.change(DOERFLER, CLERK, command(ticket).status("IN_PROGRESS").build());

        assertThat(outcome).isInstanceOf(ChangeOutcome.Applied.class);
        assertThat(tickets.writes()).isZero();
    }

    @Test
    void done_stamps_the_completion_time() {
        var ticket = stored(aTicket().withStatus(TicketStatus.IN_PROGRESS));

        service.change(DOERFLER, CLERK, command(ticket).status("DONE").build());

        assertThat(tickets.stored(ticket.id()).ticket().jobCompletedAt()).isEqualTo(NOW);
    }

    @Test
    void a_contact_correction_is_on_record_field_by_field() {
        var ticket = stored(aTicket());

        service.change(DOERFLER, CLERK, command(ticket).contactPhone("078 111 22 33").build());

        assertThat(tickets.stored(ticket.id()).ticket().contact().phone().orElseThrow().e164())
                .isEqualTo("+41781112233");
        assertThat(tickets.eventsOf(ticket.id())).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventType.CONTACT_CHANGED);
            assertThat(event.metadata()).containsEntry("field", "contact_phone");
        });
    }

    @Test
    void an_urgent_ticket_gets_its_appointment_sms_even_in_quiet_hours() {
        var lateEvening = Instant.parse("2026-11-24T21:30:00Z");
        var service = serviceAt(lateEvening);
        var ticket = stored(aTicket().withUrgency(Urgency.HIGH));

        service.change(DOERFLER, CLERK,
                command(ticket).status("SCHEDULED").scheduledAt(APPOINTMENT.toString()).build());

        assertThat(queue.messages()).singleElement().satisfies(sms -> assertThat(sms.dueAt()).isEqualTo(lateEvening));
    }

    @Test
    void another_business_ticket_is_not_found() {
        var theirs = stored(aTicket().of(OTHER_BUSINESS));

        assertThatThrownBy(() -> service.change(DOERFLER, CLERK, command(theirs).status("CLOSED").build()))
                .isInstanceOf(NotFound.class);
        assertThat(tickets.writes()).isZero();
    }

    @Test
    void assigning_an_active_staff_member_records_old_and_new_assignee_under_the_callers_name() {
        var ticket = stored(aTicket());
        var anna = person("Anna");

        var outcome = service.change(DOERFLER, CLERK, command(ticket).assignedTo(anna.toString()).build());

        assertThat(outcome).isInstanceOfSatisfying(ChangeOutcome.Applied.class,
                applied -> assertThat(applied.detail().view().assignedTo()).isEqualTo(anna));
        assertThat(tickets.eventsOf(ticket.id(), EventType.ASSIGNMENT_CHANGED)).singleElement()
                .satisfies(event -> {
                    assertThat(event.oldValue()).isNull();
                    assertThat(event.newValue()).isEqualTo(anna.toString());
                    assertThat(event.actor()).isEqualTo(CLERK);
                });
    }

    @Test
    void someone_who_is_no_active_member_of_the_business_is_refused_naming_assigned_to_and_nothing_is_written() {
        var ticket = stored(aTicket());

        assertThatThrownBy(() -> service.change(DOERFLER, CLERK,
                command(ticket).status("IN_PROGRESS").assignedTo(UUID.randomUUID().toString()).build()))
                .isInstanceOfSatisfying(InvalidValue.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("assigned_to"));
        assertThat(tickets.writes()).isZero();
    }

    @Test
    void the_same_assignee_again_changes_nothing() {
        var ticket = stored(aTicket());
        var anna = person("Anna");
        service.change(DOERFLER, CLERK, command(ticket).assignedTo(anna.toString()).build());
        var writes = tickets.writes();

        service.change(DOERFLER, CLERK, command(ticket).assignedTo(anna.toString()).build());

        assertThat(tickets.writes()).isEqualTo(writes);
    }

    private UUID person(String name) {
        var id = UUID.randomUUID();
        people.put(id, new ActiveMember(id, name, name.toLowerCase() + "@doerfler.ch"));
        return id;
    }

    private ChangeTicketService serviceAt(Instant now) {
        return new ChangeTicketService(Clock.fixed(now, ZoneOffset.UTC), new DirectTransactions(), tickets, tickets,
                tickets, tickets, tickets, new TicketDetails(tickets, (customer, ticket) -> List.of()),
                new Confirmations(queue, optOuts, UUID::randomUUID, new LibphonenumberPlan()),
                (customer, id) -> customer.equals(DOERFLER.id()) ? Optional.ofNullable(people.get(id))
                        : Optional.empty(),
                tickets, alerts());
    }

    private Ticket stored(StaffFixtures.TicketBuilder builder) {
        var ticket = builder.build();
        tickets.put(ticket);
        return ticket;
    }

    private static CommandBuilder command(Ticket ticket) {
        return new CommandBuilder(ticket.id());
    }

    private static final PhoneNumber ALERT_PHONE = new PhoneNumber("+41798887766");
    private static final Tenant ALERTED = new Tenant(DOERFLER.id(), DOERFLER.profile().withChannels(
            new ChannelSettings(20, ALERT_PHONE)));

    private UrgentAlerts alerts() {
        return new UrgentAlerts(queue, UUID::randomUUID, "https://ops.example/dashboard/tickets",
                new LibphonenumberPlan());
    }

    private List<OutboundSms> alertsQueued() {
        return queue.messages().stream().filter(sms -> sms.purpose() == SmsPurpose.URGENT_ALERT).toList();
    }

    @Test
    void staff_making_a_ticket_urgent_send_one_sms_to_the_business_alert_phone() {
        var ticket = stored(aTicket().withUrgency(Urgency.MED));

        service.change(ALERTED, CLERK, command(ticket).urgency("HIGH").build());

        assertThat(tickets.byId(ticket.id()).urgency()).isEqualTo(Urgency.HIGH);
        assertThat(alertsQueued()).singleElement().satisfies(alert -> {
            assertThat(alert.to()).isEqualTo(ALERT_PHONE);
            assertThat(alert.urgent()).isTrue();
        });
        assertThat(tickets.eventsOf(ticket.id())).extracting(TicketEvent::type).contains(EventType.URGENCY_CHANGED);
    }

    @Test
    void staff_lowering_the_urgency_send_no_alert() {
        var ticket = stored(aTicket().withUrgency(Urgency.HIGH));

        service.change(ALERTED, CLERK, command(ticket).urgency("MED").build());

        assertThat(tickets.byId(ticket.id()).urgency()).isEqualTo(Urgency.MED);
        assertThat(alertsQueued()).isEmpty();
    }

    @Test
    void a_ticket_made_urgent_twice_alerts_once() {
        var ticket = stored(aTicket().withUrgency(Urgency.MED));

        service.change(ALERTED, CLERK, command(ticket).urgency("HIGH").build());
        service.change(ALERTED, CLERK, command(ticket).urgency("MED").build());
        service.change(ALERTED, CLERK, command(ticket).urgency("HIGH").build());

        assertThat(alertsQueued()).hasSize(1);
    }

    @Test
    void an_unknown_urgency_is_refused_naming_the_field() {
        var ticket = stored(aTicket());

        assertThatThrownBy(() -> command(ticket).urgency("SOFORT").build())
                .isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("urgency"));
    }

    /** A PATCH body, field by field; fields not named are left as they are. */
    private static final class CommandBuilder {

        private final UUID ticketId;
        private Edit<String> status = Edit.keep();
        private Edit<String> scheduledAt = Edit.keep();
        private Edit<String> contactPhone = Edit.keep();
        private Edit<String> summary = Edit.keep();
        private Edit<String> assignedTo = Edit.keep();
        private Edit<String> urgency = Edit.keep();

        CommandBuilder(UUID ticketId) {
            this.ticketId = ticketId;
        }

        CommandBuilder status(String status) {
            this.status = Edit.replace(status);
            return this;
        }

        CommandBuilder scheduledAt(String scheduledAt) {
            this.scheduledAt = Edit.replace(scheduledAt);
            return this;
        }

        CommandBuilder contactPhone(String phone) {
            this.contactPhone = Edit.replace(phone);
            return this;
        }

        CommandBuilder assignedTo(String staffMemberId) {
            this.assignedTo = Edit.replace(staffMemberId);
            return this;
        }

        CommandBuilder urgency(String urgency) {
            this.urgency = Edit.replace(urgency);
            return this;
        }

        CommandBuilder summary(String summary) {
            this.summary = Edit.replace(summary);
            return this;
        }

        ChangeTicketCommand build() {
            return new ChangeTicketCommand(ticketId, status, scheduledAt, Edit.keep(), contactPhone, Edit.keep(),
                    summary, assignedTo, urgency);
        }
    }
}
