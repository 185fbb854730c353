package ch.opsfabric.application.sms;

import static ch.opsfabric.application.fixtures.TenantFixture.aTenant;
import static ch.opsfabric.application.fixtures.TicketFixture.CONTACT_MOBILE;
import static ch.opsfabric.application.fixtures.TicketFixture.aTicket;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.fakes.InMemoryOptOuts;
import ch.opsfabric.application.fakes.InMemorySmsQueue;
import ch.opsfabric.application.fakes.SequentialIds;
import ch.opsfabric.application.fixtures.TenantFixture;
import ch.opsfabric.application.fixtures.Zurich;
import ch.opsfabric.domain.phone.LibphonenumberPlan;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.sms.SmsText;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Contact;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/domain-rules.md, Quiet hours and outbound timing, Confirmations: a ticket's confirmation is queued only when
 * it may go, at most one per 30 minutes (HIGH excepted), never the same text twice, and a non-urgent one waits for
 * the end of quiet hours.
 */
class QueuingAConfirmationTest {

    private static final Instant TUESDAY_MORNING = Zurich.at("2026-03-10T10:00");
    private static final SmsText RECEIVED = SmsText.of(
            "Danke Anna Meier, Ihre Anfrage ist eingegangen. Wir melden uns bis heute 12:00.");
    private static final SmsText CALLBACK = SmsText.of("Rückruf ist notiert. Dörfler AG ruft Sie bis heute 12:00 zurück.");

    private final InMemorySmsQueue queue = new InMemorySmsQueue();
    private final InMemoryOptOuts optOuts = new InMemoryOptOuts();
    private final Confirmations confirmations = new Confirmations(queue, optOuts, new SequentialIds(), new LibphonenumberPlan());

    private final Tenant tenant = aTenant().build();
    private final Ticket ticket = aTicket().build();

    @Test
    void a_confirmation_is_queued_for_the_contacts_mobile_from_the_tenants_sms_number() {
        var queued = confirmations.queue(tenant, ticket, RECEIVED, TUESDAY_MORNING, false);

        assertThat(queued).isTrue();
        var sms = queue.only().sms();
        assertThat(sms.to()).isEqualTo(CONTACT_MOBILE);
        assertThat(sms.from()).isEqualTo(TenantFixture.SMS_NUMBER);
        assertThat(sms.body()).isEqualTo(RECEIVED.body());
        assertThat(sms.purpose()).isEqualTo(SmsPurpose.CONFIRMATION);
        assertThat(sms.ticketId()).isEqualTo(ticket.id());
        assertThat(sms.customerId()).isEqualTo(tenant.id());
        assertThat(sms.queuedAt()).isEqualTo(TUESDAY_MORNING);
    }

    @Test
    void a_tenant_without_an_sms_number_leaves_the_sender_to_the_provider() {
        confirmations.queue(aTenant().withoutSmsNumber().build(), ticket, RECEIVED, TUESDAY_MORNING, false);

        assertThat(queue.only().sms().sender()).isEmpty();
    }

    @Test
    void no_confirmation_is_queued_when_the_tenants_sms_module_is_off() {
        var queued = confirmations.queue(aTenant().with(Module.SMS, false).build(), ticket, RECEIVED, TUESDAY_MORNING,
                false);

        assertThat(queued).isFalse();
        assertThat(queue.all()).isEmpty();
    }

    @Test
    void no_confirmation_is_queued_for_a_contact_without_a_phone() {
        var byEmail = aTicket().withContact(Contact.of("Anna Meier", null, "anna.meier@example.ch")).build();

        var queued = confirmations.queue(tenant, byEmail, RECEIVED, TUESDAY_MORNING, false);

        assertThat(queued).isFalse();
        assertThat(queue.all()).isEmpty();
    }

    @Test
    void no_confirmation_is_queued_for_a_landline() {
        var fromLandline = aTicket().withContact(Contact.of("Anna Meier", new PhoneNumber("+41313212111"), null)).build();

        var queued = confirmations.queue(tenant, fromLandline, RECEIVED, TUESDAY_MORNING, false);

        assertThat(queued).isFalse();
        assertThat(queue.all()).isEmpty();
    }

    @Test
    void no_confirmation_is_queued_for_a_contact_who_opted_out_of_this_tenant() {
        optOuts.optOut(tenant.id(), CONTACT_MOBILE);

        var queued = confirmations.queue(tenant, ticket, RECEIVED, TUESDAY_MORNING, false);

        assertThat(queued).isFalse();
        assertThat(queue.all()).isEmpty();
    }

    @Test
    void an_opt_out_given_to_another_tenant_does_not_stop_the_confirmation() {
        optOuts.optOut(UUID.fromString("11111111-2222-3333-4444-555555555555"), CONTACT_MOBILE);

        assertThat(confirmations.queue(tenant, ticket, RECEIVED, TUESDAY_MORNING, false)).isTrue();
    }

    @Test
    void a_second_confirmation_within_30_minutes_is_not_queued() {
        confirmations.queue(tenant, ticket, RECEIVED, TUESDAY_MORNING, false);

        var queued = confirmations.queue(tenant, ticket, CALLBACK, TUESDAY_MORNING.plus(Duration.ofMinutes(29)), false);

        assertThat(queued).isFalse();
        assertThat(queue.all()).hasSize(1);
    }

    @Test
    void a_second_confirmation_30_minutes_after_the_first_is_queued() {
        confirmations.queue(tenant, ticket, RECEIVED, TUESDAY_MORNING, false);

        var queued = confirmations.queue(tenant, ticket, CALLBACK, TUESDAY_MORNING.plus(Duration.ofMinutes(30)), false);

        assertThat(queued).isTrue();
        assertThat(queue.all()).hasSize(2);
    }

    @ParameterizedTest(name = "{0} ticket, {1} minutes later")
    @CsvSource({"MED, 45", "MED, 600", "HIGH, 5", "HIGH, 600"})
    void the_same_text_is_never_queued_twice_for_a_ticket(Urgency urgency, long minutesLater) {
        var urgentOrNot = aTicket().withUrgency(urgency).build();
        confirmations.queue(tenant, urgentOrNot, RECEIVED, TUESDAY_MORNING, false);

        var queued = confirmations.queue(tenant, urgentOrNot, RECEIVED,
                TUESDAY_MORNING.plus(Duration.ofMinutes(minutesLater)), false);

        assertThat(queued).isFalse();
        assertThat(queue.all()).hasSize(1);
    }

    @Test
    void an_urgent_confirmation_is_not_held_back_by_the_30_minutes() {
        var urgent = aTicket().withUrgency(Urgency.HIGH).build();
        confirmations.queue(tenant, urgent, RECEIVED, TUESDAY_MORNING, false);

        var queued = confirmations.queue(tenant, urgent, CALLBACK, TUESDAY_MORNING.plus(Duration.ofMinutes(1)), false);

        assertThat(queued).isTrue();
        assertThat(queue.all()).hasSize(2);
    }

    @Test
    void a_confirmation_outside_quiet_hours_is_due_at_once() {
        confirmations.queue(tenant, ticket, RECEIVED, TUESDAY_MORNING, false);

        assertThat(queue.only().dueAt()).isEqualTo(TUESDAY_MORNING);
    }

    @ParameterizedTest(name = "at {0} -> due {1}")
    @CsvSource({
            "2026-03-10T21:00, 2026-03-11T07:00",
            "2026-03-10T23:30, 2026-03-11T07:00",
            "2026-03-11T03:00, 2026-03-11T07:00",
            "2026-03-11T06:59, 2026-03-11T07:00",
            // the night the clocks go forward: 07:00 summer time is 05:00 UTC, not 06:00
            "2026-03-28T22:00, 2026-03-29T07:00"})
    void a_non_urgent_confirmation_inside_quiet_hours_is_due_when_they_end_on_the_zurich_wall_clock(
            String localNow, String localDue) {
        confirmations.queue(tenant, ticket, RECEIVED, Zurich.at(localNow), false);

        assertThat(queue.only().dueAt()).isEqualTo(Zurich.at(localDue));
    }

    @Test
    void an_urgent_confirmation_inside_quiet_hours_is_due_at_once() {
        var lateAtNight = Zurich.at("2026-03-10T23:30");

        confirmations.queue(tenant, aTicket().withUrgency(Urgency.HIGH).build(), RECEIVED, lateAtNight, false);

        assertThat(queue.only().dueAt()).isEqualTo(lateAtNight);
    }

    @Test
    void an_urgent_confirmation_is_queued_as_urgent_so_its_retries_need_not_wait_for_the_morning() {
        confirmations.queue(tenant, aTicket().withUrgency(Urgency.HIGH).build(), RECEIVED, TUESDAY_MORNING, false);

        assertThat(queue.only().sms().urgent()).isTrue();
    }

    @Test
    void a_non_urgent_confirmation_is_queued_as_not_urgent_so_its_retries_wait_out_quiet_hours() {
        confirmations.queue(tenant, ticket, RECEIVED, TUESDAY_MORNING, false);

        assertThat(queue.only().sms().urgent()).isFalse();
    }

    @Test
    void a_tenant_without_quiet_hours_gets_its_confirmations_due_at_once_at_night() {
        var lateAtNight = Zurich.at("2026-03-10T23:30");

        confirmations.queue(aTenant().withoutQuietHours().build(), ticket, RECEIVED, lateAtNight, false);

        assertThat(queue.only().dueAt()).isEqualTo(lateAtNight);
    }

    @Test
    void a_confirmation_waiting_for_the_end_of_quiet_hours_holds_back_the_next_so_they_do_not_arrive_together() {
        var tenant = aTenant().build();
        var ticket = aTicket().build();
        var confirmations = new Confirmations(queue, new InMemoryOptOuts(), new SequentialIds(), new LibphonenumberPlan());
        confirmations.queue(tenant, ticket, SmsText.of(
                "Danke Anna Meier, Ihre Anfrage ist eingegangen. Wir melden uns bis morgen 09:00."),
                Zurich.at("2026-03-10T22:00"), false);

        var queued = confirmations.queue(tenant, ticket,
                SmsText.of("Rückruf ist notiert. Dörfler AG ruft Sie bis morgen 09:00 zurück."),
                Zurich.at("2026-03-11T06:50"), false);

        assertThat(queued).isFalse();
        assertThat(queue.all()).extracting(InMemorySmsQueue.Queued::dueAt).containsOnly(Zurich.at("2026-03-11T07:00"));
    }

    @Test
    void of_confirmations_queued_together_each_sees_those_before_it_for_the_same_ticket() {
        var other = aTicket().withId(UUID.fromString("00000000-0000-0000-0000-0000000000b2")).withContact(Contact.of("Beat Frei", new PhoneNumber("+41781112233"), null)).build();

        var queued = confirmations.queueAll(tenant, List.of(new Confirmations.Request(ticket, RECEIVED, true),
                new Confirmations.Request(other, RECEIVED, true), new Confirmations.Request(ticket, CALLBACK, false)),
                TUESDAY_MORNING);

        assertThat(queued).containsExactly(true, true, false);
        assertThat(queue.all()).extracting(message -> message.sms().ticketId())
                .containsExactlyInAnyOrder(ticket.id(), other.id());
    }
}
