package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.OutboundSmsFixture.anSms;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static ch.opsfabric.adapters.persistence.TicketFixture.aTicket;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.SmsDispatchPort;
import ch.opsfabric.application.port.out.SinceQueued;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.application.port.out.SupersededReason;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.ticket.Contact;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketEvent;
import ch.opsfabric.domain.ticket.TicketStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A claim reads, in the same statement, what has happened since each message was queued: the
 * facts the dispatcher checks a held message against (docs/domain-rules.md, Quiet hours and outbound timing). Each
 * fact counts only when it happened after the message was queued.
 */
@MicronautTest(transactional = false)
class ClaimReadsWhatHappenedSinceTest extends BusinessTransactionTest {

    private static final Instant QUEUED_AT = MORNING.minus(Duration.ofHours(9));
    private static final Instant BEFORE = QUEUED_AT.minus(Duration.ofMinutes(5));
    private static final Instant AFTER = QUEUED_AT.plus(Duration.ofMinutes(5));
    private static final PhoneNumber CALLER = new PhoneNumber("+41795550011");

    @Inject
    SmsDispatchPort dispatch;

    private Ticket aStoredTicket() {
        var ticket = aTicket(tenant.id()).withCreatedAt(BEFORE).withUpdatedAt(BEFORE).build();
        tickets.insertUnlessDuplicate(ticket);
        return ticket;
    }

    private SinceQueued claimOne(SmsPurpose purpose, Ticket ticket) {
        var to = ticket == null ? CALLER : ticket.contact().phone().orElseThrow();
        queue.enqueue(anSms(tenant.id()).forTicket(ticket == null ? null : ticket.id()).withPurpose(purpose).to(to)
                .queuedAt(QUEUED_AT).dueAt(MORNING).build());
        var claimed = dispatch.claimDue(tenant.id(), MORNING, 10);
        assertThat(claimed).hasSize(1);
        return claimed.getFirst().since();
    }

    private void statusChanged(Ticket ticket, Instant at, Map<String, Object> metadata) {
        events.append(tenant.id(), new TicketEvent(ticket.id(), EventType.STATUS_CHANGED, "NEW", "SCHEDULED",
                metadata, at));
    }

    @Test
    void a_claim_reads_the_ticket_as_it_stands_now() {
        var ticket = aStoredTicket();
        rows.update("UPDATE tickets SET status = 'DONE', contact_phone = '+41781112233' WHERE id = ?", ticket.id());

        var since = claimOne(SmsPurpose.APPOINTMENT, ticket);

        assertThat(since.ticket()).contains(new SinceQueued.TicketNow(TicketStatus.DONE,
                Optional.of(new PhoneNumber("+41781112233"))));
    }

    @Test
    void a_message_outside_a_ticket_has_no_ticket() {
        assertThat(claimOne(SmsPurpose.MISSED_CALL, null).ticket()).isEmpty();
    }

    @Test
    void a_confirmation_counts_as_answered_when_the_business_moved_its_ticket_after_it_was_queued() {
        var ticket = aStoredTicket();
        statusChanged(ticket, AFTER, Map.of());

        assertThat(claimOne(SmsPurpose.CONFIRMATION, ticket).answered()).isTrue();
    }

    @Test
    void a_move_before_the_confirmation_was_queued_or_the_customers_own_reply_does_not_answer_it() {
        var ticket = aStoredTicket();
        statusChanged(ticket, BEFORE, Map.of());
        statusChanged(ticket, AFTER, Map.of("by", "customer_reply"));

        assertThat(claimOne(SmsPurpose.CONFIRMATION, ticket).answered()).isFalse();
    }

    @Test
    void an_appointment_notice_reads_whether_the_appointment_changed_after_it_was_queued() {
        var ticket = aStoredTicket();
        events.append(tenant.id(), TicketEvent.of(ticket.id(), EventType.APPOINTMENT_CHANGED,
                "2026-11-25T13:00:00Z", null, AFTER));

        assertThat(claimOne(SmsPurpose.APPOINTMENT, ticket).appointmentChanged()).isTrue();
    }

    @Test
    void a_missed_call_sms_reads_an_inbound_sms_of_the_caller_after_it_was_queued() {
        rows.update("""
                INSERT INTO sms_log (id, customer_id, direction, from_number, to_number, body, provider_id, status, created_at)
                VALUES (gen_random_uuid(), ?, 'inbound', ?, '+41435000001', '2', 'SM1', 'received', ?)""",
                tenant.id(), CALLER.e164(), AFTER);

        assertThat(claimOne(SmsPurpose.MISSED_CALL, null).callerInTouch()).isTrue();
    }

    @Test
    void a_missed_call_sms_reads_an_answered_call_of_the_caller_after_it_was_queued() {
        rows.update("""
                INSERT INTO calls (call_sid, customer_id, from_number, caller_e164, to_number, outcome, created_at, updated_at)
                VALUES ('CA-answered', ?, ?, ?, '+41435000001', 'answered', ?, ?)""",
                tenant.id(), CALLER.e164(), CALLER.e164(), AFTER, AFTER);

        assertThat(claimOne(SmsPurpose.MISSED_CALL, null).callerInTouch()).isTrue();
    }

    @Test
    void a_missed_call_sms_reads_a_ticket_of_the_caller_written_or_handled_after_it_was_queued() {
        tickets.insertUnlessDuplicate(aTicket(tenant.id()).withContact(Contact.of("Anna", CALLER, null))
                .withCreatedAt(AFTER).withUpdatedAt(AFTER).build());

        assertThat(claimOne(SmsPurpose.MISSED_CALL, null).callerInTouch()).isTrue();
    }

    @Test
    void what_the_caller_did_before_the_missed_call_sms_was_queued_does_not_count() {
        rows.update("""
                INSERT INTO sms_log (id, customer_id, direction, from_number, to_number, body, provider_id, status, created_at)
                VALUES (gen_random_uuid(), ?, 'inbound', ?, '+41435000001', '2', 'SM2', 'received', ?)""",
                tenant.id(), CALLER.e164(), BEFORE);
        tickets.insertUnlessDuplicate(aTicket(tenant.id()).withContact(Contact.of("Anna", CALLER, null))
                .withCreatedAt(BEFORE).withUpdatedAt(BEFORE).build());

        assertThat(claimOne(SmsPurpose.MISSED_CALL, null)).isEqualTo(SinceQueued.NOTHING);
    }

    @Test
    void a_superseded_message_keeps_its_reason_and_time_and_is_never_claimed_again() {
        var ticket = aStoredTicket();
        claimOne(SmsPurpose.CONFIRMATION, ticket);
        var id = UUID.fromString(rows.one("SELECT id::text FROM outbound_sms WHERE ticket_id = ?", ticket.id())
                .get("id").toString());

        dispatch.markSuperseded(id, SupersededReason.TICKET_ANSWERED, MORNING);

        assertThat(rows.one("SELECT status, superseded_at, superseded_reason FROM outbound_sms WHERE id = ?", id))
                .containsEntry("status", "superseded").containsEntry("superseded_at", MORNING)
                .containsEntry("superseded_reason", "ticket_answered");
        assertThat(dispatch.claimDue(tenant.id(), MORNING.plus(Duration.ofHours(1)), 10)).isEmpty();
    }
}
