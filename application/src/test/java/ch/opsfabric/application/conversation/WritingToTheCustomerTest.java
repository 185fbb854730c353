package ch.opsfabric.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.fakes.DirectTransactions;
import ch.opsfabric.application.fakes.InMemoryEmailQueue;
import ch.opsfabric.application.fakes.InMemoryOptOuts;
import ch.opsfabric.application.fakes.InMemorySmsQueue;
import ch.opsfabric.application.fakes.InMemoryTickets;
import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.OptedOut;
import ch.opsfabric.application.port.in.Caller;
import ch.opsfabric.application.port.in.MessageCommand;
import ch.opsfabric.application.port.in.NoteCommand;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.phone.LibphonenumberPlan;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.tenant.TenantProfile;
import ch.opsfabric.domain.ticket.Actor;
import ch.opsfabric.domain.ticket.Contact;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.Inquiry;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.Urgency;
import ch.opsfabric.domain.sms.SmsEncoding;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ConversationService over fakes: notes, messages through the queues, and what refuses one. */
class WritingToTheCustomerTest {

    private static final Tenant DOERFLER = new Tenant(UUID.fromString("0b6f2c1e-5d4a-4f3e-9a8b-7c6d5e4f3a2b"),
            TenantProfile.withDefaults("Dörfler AG", "doerfler-ag", "info@doerfler.ch"));
    private static final Actor CLERK = Actor.staff(UUID.fromString("5a1e0000-0000-4000-8000-00000000c1e4"));
    private static final Caller CALLER = new Caller(DOERFLER, CLERK);
    /** Tuesday 24 November 2026, 23:00 in Zurich: inside the default quiet hours. */
    private static final Instant NIGHT = Instant.parse("2026-11-24T22:00:00Z");
    private static final PhoneNumber MOBILE = new PhoneNumber("+41791234567");

    private final InMemoryTickets tickets = new InMemoryTickets();
    private final InMemorySmsQueue sms = new InMemorySmsQueue();
    private final InMemoryEmailQueue email = new InMemoryEmailQueue();
    private final InMemoryOptOuts optOuts = new InMemoryOptOuts();
    private final ConversationService service = new ConversationService(Clock.fixed(NIGHT, ZoneOffset.UTC),
            new DirectTransactions(), tickets, tickets, sms, email, optOuts, new LibphonenumberPlan(),
            UUID::randomUUID);

    @Test
    void a_note_is_logged_under_the_callers_name_and_queues_nothing() {
        var ticket = stored(Contact.of("Anna", MOBILE, null));

        service.addNote(CALLER, new NoteCommand(ticket.id(), "  ruft zurück  "));

        assertThat(tickets.eventsOf(ticket.id(), EventType.NOTE_ADDED)).singleElement()
                .satisfies(note -> assertThat(note.newValue()).isEqualTo("ruft zurück"))
                .satisfies(note -> assertThat(note.actor()).isEqualTo(CLERK));
        assertThat(sms.messages()).isEmpty();
        assertThat(email.emails()).isEmpty();
    }

    @Test
    void a_message_in_quiet_hours_waits_for_their_end_and_an_urgent_one_goes_at_once() {
        var ticket = stored(Contact.of("Anna", MOBILE, null));

        var waiting = service.send(CALLER, MessageCommand.of(ticket.id(), "Wir kommen morgen.", "sms", false));
        var urgent = service.send(CALLER, MessageCommand.of(ticket.id(), "Wasser abstellen!", "sms", true));

        assertThat(waiting.dueAt()).isEqualTo(Instant.parse("2026-11-25T06:00:00Z"));
        assertThat(urgent.dueAt()).isEqualTo(NIGHT);
        assertThat(sms.messages()).extracting(queued -> queued.purpose()).containsOnly(SmsPurpose.STAFF_MESSAGE);
        assertThat(waiting.encoding()).isEqualTo(SmsEncoding.GSM_7);
        assertThat(tickets.eventsOf(ticket.id(), EventType.MESSAGE_SENT)).hasSize(2)
                .allSatisfy(event -> assertThat(event.metadata()).containsEntry("channel", "sms"));
    }

    @Test
    void a_message_to_an_opted_out_number_is_refused_and_writes_nothing() {
        var ticket = stored(Contact.of("Anna", MOBILE, null));
        optOuts.optOut(DOERFLER.id(), MOBILE);

        assertThatThrownBy(() -> service.send(CALLER, MessageCommand.of(ticket.id(), "Hallo", "sms", false)))
                .isInstanceOf(OptedOut.class);
        assertThat(sms.messages()).isEmpty();
        assertThat(tickets.eventsOf(ticket.id(), EventType.MESSAGE_SENT)).isEmpty();
    }

    @Test
    void an_e_mail_needs_an_address_and_its_absence_names_the_channel() {
        var ticket = stored(Contact.of("Anna", MOBILE, null));

        assertThatThrownBy(() -> service.send(CALLER, MessageCommand.of(ticket.id(), "Hallo", "email", false)))
                .isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("channel"));
        assertThat(email.emails()).isEmpty();
    }

    @Test
    void an_sms_of_more_than_3_segments_is_refused_naming_text_and_the_count() {
        assertThatThrownBy(() -> MessageCommand.of(UUID.randomUUID(), "x".repeat(153 * 3 + 1), "sms", false))
                .isInstanceOfSatisfying(InvalidValue.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("text");
                    assertThat(invalid.reason()).startsWith("makes 4 SMS segments");
                });
    }

    @Test
    void another_business_s_ticket_is_not_found() {
        var theirs = Ticket.open(UUID.randomUUID(), UUID.randomUUID(), inquiry(Contact.of("Zora", MOBILE, null)), null,
                NIGHT, NIGHT).ticket();
        tickets.put(theirs);

        assertThatThrownBy(() -> service.addNote(CALLER, new NoteCommand(theirs.id(), "hallo")))
                .isInstanceOf(NotFound.class);
    }

    private Ticket stored(Contact contact) {
        var ticket = Ticket.open(UUID.randomUUID(), DOERFLER.id(), inquiry(contact), null, NIGHT, NIGHT).ticket();
        tickets.put(ticket);
        return ticket;
    }

    private static Inquiry inquiry(Contact contact) {
        return new Inquiry(TicketSource.MANUAL, "leak", Urgency.MED, contact, "Boiler tropft", Map.of());
    }
}
