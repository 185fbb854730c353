package ch.opsfabric.application.sms;

import static ch.opsfabric.application.fixtures.TenantFixture.SMS_NUMBER;
import static ch.opsfabric.application.fixtures.TenantFixture.TENANT_ID;
import static ch.opsfabric.application.fixtures.TicketFixture.CONTACT_MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.fixtures.Zurich;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SinceQueued.TicketNow;
import ch.opsfabric.application.port.out.SinceQueued;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.application.port.out.SupersededReason;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.ticket.TicketStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * docs/domain-rules.md, Quiet hours and outbound timing: a queued message is checked again when it falls due and
 * dropped when what it says no longer holds. Each rule by name; {@code SmsDispatcherSupersedingTest} and the service
 * test
 * {@code HeldMessagesOverNightTest} show them at work.
 */
class SupersedingHeldMessagesTest {

    private static final Instant QUEUED_AT = Zurich.at("2026-03-09T22:10");
    private static final UUID TICKET_ID = UUID.fromString("5a1d0e3c-8b7f-4c2a-9e6d-1f0a2b3c4d5e");
    private static final PhoneNumber CORRECTED_MOBILE = new PhoneNumber("+41781112233");
    private static final TicketNow STILL_NEW = new TicketNow(TicketStatus.NEW, Optional.of(CONTACT_MOBILE));

    private static OutboundSms queued(SmsPurpose purpose, UUID ticketId) {
        return new OutboundSms(new UUID(0xABCDL, 1), TENANT_ID, ticketId, purpose, CONTACT_MOBILE, SMS_NUMBER,
                "text", QUEUED_AT, Zurich.at("2026-03-10T07:00"), false, 1);
    }

    private static SinceQueued since(TicketNow ticket, boolean answered, boolean appointmentChanged,
                                     boolean callerInTouch) {
        return new SinceQueued(Optional.ofNullable(ticket), answered, appointmentChanged, callerInTouch);
    }

    @ParameterizedTest
    @EnumSource(SmsPurpose.class)
    void a_message_nothing_has_overtaken_goes_out(SmsPurpose purpose) {
        assertThat(Supersession.of(queued(purpose, TICKET_ID), since(STILL_NEW, false, false, false))).isEmpty();
        assertThat(Supersession.of(queued(purpose, null), SinceQueued.NOTHING)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = SmsPurpose.class, names = "URGENT_ALERT", mode = EnumSource.Mode.EXCLUDE)
    void any_message_to_a_number_that_is_no_longer_the_tickets_contact_is_dropped(SmsPurpose purpose) {
        var corrected = new TicketNow(TicketStatus.NEW, Optional.of(CORRECTED_MOBILE));

        assertThat(Supersession.of(queued(purpose, TICKET_ID), since(corrected, false, false, false)))
                .contains(SupersededReason.CONTACT_CHANGED);
    }

    @Test
    void an_urgent_alert_to_the_business_goes_out_whatever_became_of_the_tickets_contact() {
        var corrected = new TicketNow(TicketStatus.DONE, Optional.of(CORRECTED_MOBILE));

        assertThat(Supersession.of(queued(SmsPurpose.URGENT_ALERT, TICKET_ID), since(corrected, true, true, true)))
                .isEmpty();
    }

    @Test
    void a_message_to_a_ticket_that_lost_its_phone_is_dropped() {
        var emailOnly = new TicketNow(TicketStatus.NEW, Optional.empty());

        assertThat(Supersession.of(queued(SmsPurpose.CONFIRMATION, TICKET_ID), since(emailOnly, false, false, false)))
                .contains(SupersededReason.CONTACT_CHANGED);
    }

    @Test
    void a_confirmation_whose_ticket_the_business_answered_since_is_dropped() {
        var scheduled = new TicketNow(TicketStatus.SCHEDULED, Optional.of(CONTACT_MOBILE));

        assertThat(Supersession.of(queued(SmsPurpose.CONFIRMATION, TICKET_ID), since(scheduled, true, false, false)))
                .contains(SupersededReason.TICKET_ANSWERED);
    }

    @Test
    void a_missed_call_sms_whose_caller_has_written_got_through_or_been_helped_since_is_dropped() {
        assertThat(Supersession.of(queued(SmsPurpose.MISSED_CALL, null), since(null, false, false, true)))
                .contains(SupersededReason.CALLER_IN_TOUCH);
    }

    @ParameterizedTest
    @EnumSource(value = TicketStatus.class, names = {"DONE", "CLOSED"})
    void an_appointment_notice_for_a_finished_job_is_dropped(TicketStatus finished) {
        var ticket = new TicketNow(finished, Optional.of(CONTACT_MOBILE));

        assertThat(Supersession.of(queued(SmsPurpose.APPOINTMENT, TICKET_ID), since(ticket, false, false, false)))
                .contains(SupersededReason.JOB_FINISHED);
    }

    @Test
    void an_appointment_notice_whose_appointment_changed_or_was_cancelled_since_is_dropped() {
        var scheduled = new TicketNow(TicketStatus.SCHEDULED, Optional.of(CONTACT_MOBILE));

        assertThat(Supersession.of(queued(SmsPurpose.APPOINTMENT, TICKET_ID), since(scheduled, false, true, false)))
                .contains(SupersededReason.APPOINTMENT_CHANGED);
    }

    @Test
    void an_appointment_notice_for_a_job_under_way_still_goes() {
        var inProgress = new TicketNow(TicketStatus.IN_PROGRESS, Optional.of(CONTACT_MOBILE));

        assertThat(Supersession.of(queued(SmsPurpose.APPOINTMENT, TICKET_ID), since(inProgress, false, false, false)))
                .isEmpty();
    }

    @Test
    void each_fact_counts_only_for_the_messages_it_makes_untrue() {
        var everything = since(STILL_NEW, true, true, true);

        assertThat(Supersession.of(queued(SmsPurpose.REVIEW_REQUEST, TICKET_ID), everything)).isEmpty();
        assertThat(Supersession.of(queued(SmsPurpose.WIZARD_LINK, null), since(null, true, true, true))).isEmpty();
    }

    @Test
    void reasons_are_stored_in_lower_case() {
        assertThat(SupersededReason.CALLER_IN_TOUCH.code()).isEqualTo("caller_in_touch");
    }
}
