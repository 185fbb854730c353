package ch.opsfabric.application.sms;

import static ch.opsfabric.application.fixtures.TenantFixture.SMS_NUMBER;
import static ch.opsfabric.application.fixtures.TenantFixture.TENANT_ID;
import static ch.opsfabric.application.fixtures.TenantFixture.aTenant;
import static ch.opsfabric.application.fixtures.TicketFixture.CONTACT_MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.email.BusinessInbox;
import ch.opsfabric.application.fakes.ImmediateTransactions;
import ch.opsfabric.application.fakes.InMemoryDeliveryOutcomes;
import ch.opsfabric.application.fakes.InMemoryEarlyDeliveryReports;
import ch.opsfabric.application.fakes.InMemoryEmailQueue;
import ch.opsfabric.application.fakes.InMemoryOptOuts;
import ch.opsfabric.application.fakes.InMemoryTenants;
import ch.opsfabric.application.fakes.InMemoryTickets;
import ch.opsfabric.application.fakes.InMemoryUndeliverableNumbers;
import ch.opsfabric.application.fakes.RecordingSmsLog;
import ch.opsfabric.application.fakes.SequentialIds;
import ch.opsfabric.application.fixtures.Zurich;
import ch.opsfabric.application.port.out.DeliveryReport;
import ch.opsfabric.application.port.out.DeliveryReport.State;
import ch.opsfabric.application.port.out.EmailPurpose;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SendSmsPort.RejectionReason;
import ch.opsfabric.application.port.out.SmsLogEntry;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.domain.phone.LibphonenumberPlan;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.TicketEvent;
import ch.opsfabric.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * docs/domain-rules.md, Failures: an SMS the provider accepted and then reported undelivered or
 * failed is treated like a refused one ({@code sms_failed}, the number marked when the error says
 * so, the text to the business by e-mail), once per message however often and in whatever order the
 * provider reports.
 */
class RecordingALateDeliveryFailureTest {

    private static final Instant SENT_AT = Zurich.at("2026-03-10T10:00");
    private static final Instant REPORTED_AT = SENT_AT.plus(Duration.ofSeconds(40));
    private static final UUID TICKET_ID = UUID.fromString("5a1d0e3c-8b7f-4c2a-9e6d-1f0a2b3c4d5e");
    private static final String PROVIDER_ID = "SM0000000000000000000000000000001";
    private static final String BODY = "Danke Anna Meier, Ihre Anfrage ist eingegangen. Wir melden uns bis heute 12:00.";

    private final MutableClock clock = new MutableClock(REPORTED_AT);
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final RecordingSmsLog smsLog = new RecordingSmsLog();
    private final InMemoryDeliveryOutcomes outcomes = new InMemoryDeliveryOutcomes();
    private final InMemoryTickets tickets = new InMemoryTickets(transactions);
    private final InMemoryEmailQueue emails = new InMemoryEmailQueue();
    private final InMemoryUndeliverableNumbers undeliverable = new InMemoryUndeliverableNumbers(transactions::tenant);
    private final InMemoryOptOuts optOuts = new InMemoryOptOuts();
    private final InMemoryTenants tenants = new InMemoryTenants().with(aTenant().build());
    private final InMemoryEarlyDeliveryReports early = new InMemoryEarlyDeliveryReports(smsLog);
    private final RecordDeliveryService service = new RecordDeliveryService(clock, transactions, smsLog, early,
            outcomes, tickets, new FailedRecipients(undeliverable, optOuts, tenants,
                    new BusinessInbox(emails, new SequentialIds(), "https://ops.example", new LibphonenumberPlan())));

    private void sent(SmsPurpose purpose, int attempts) {
        var sms = new OutboundSms(new UUID(0xABCDL, 1), TENANT_ID, TICKET_ID, purpose, CONTACT_MOBILE, SMS_NUMBER,
                BODY, SENT_AT, SENT_AT, false, attempts);
        smsLog.record(SmsLogEntry.sent(new UUID(0xEFL, 1), sms, PROVIDER_ID, SENT_AT));
        outcomes.sent(sms, PROVIDER_ID);
    }

    private void aConfirmationWasSent() {
        sent(SmsPurpose.CONFIRMATION, 1);
    }

    private static DeliveryReport report(State state, String errorCode, RejectionReason reason) {
        return new DeliveryReport(PROVIDER_ID, Optional.of(state), errorCode, Optional.ofNullable(reason));
    }

    private List<TicketEvent> failures() {
        return tickets.eventsOf(TICKET_ID).stream().filter(event -> event.type() == EventType.SMS_FAILED).toList();
    }

    private long fallbackEmails() {
        return emails.emails().stream().filter(email -> email.purpose() == EmailPurpose.SMS_FALLBACK).count();
    }

    @Test
    void an_undelivered_confirmation_writes_sms_failed_on_its_ticket_with_the_reason_and_attempt() {
        aConfirmationWasSent();

        service.record(report(State.UNDELIVERED, "30003", null));

        assertThat(failures()).containsExactly(new TicketEvent(TICKET_ID, EventType.SMS_FAILED, null, "confirmation",
                Map.of("reason", "undelivered 30003", "attempt", 1, "will_retry", false, "provider_id", PROVIDER_ID),
                REPORTED_AT));
        assertThat(outcomes.outcomeOf(TENANT_ID, PROVIDER_ID)).contains(State.UNDELIVERED);
    }

    @Test
    void a_failure_reported_before_the_send_is_logged_acts_once_the_send_is_on_record() {
        service.record(report(State.UNDELIVERED, "30003", null));
        assertThat(failures()).isEmpty();

        aConfirmationWasSent();

        assertThat(service.recordEarlyReports()).isEqualTo(1);
        assertThat(service.recordEarlyReports()).isZero();
        assertThat(failures()).singleElement().extracting(TicketEvent::metadata)
                .satisfies(metadata -> assertThat(metadata).containsEntry("reason", "undelivered 30003"));
        assertThat(outcomes.outcomeOf(TENANT_ID, PROVIDER_ID)).contains(State.UNDELIVERED);
    }

    @Test
    void an_early_report_counts_before_a_later_one_on_the_same_message() {
        service.record(report(State.UNDELIVERED, "30003", null));
        aConfirmationWasSent();

        service.record(report(State.DELIVERED, null, null));

        assertThat(outcomes.outcomeOf(TENANT_ID, PROVIDER_ID)).contains(State.UNDELIVERED);
        assertThat(failures()).hasSize(1);
        assertThat(early.size()).isZero();
    }

    @Test
    void an_early_report_no_send_claims_within_a_day_is_forgotten() {
        service.record(report(State.DELIVERED, null, null));
        clock.advance(Duration.ofHours(25));

        service.recordEarlyReports();

        assertThat(early.size()).isZero();
    }

    @Test
    void an_interim_report_is_not_kept() {
        service.record(new DeliveryReport(PROVIDER_ID, Optional.empty(), null));

        assertThat(early.size()).isZero();
    }

    @Test
    void the_business_gets_a_confirmation_that_never_arrived_by_email() {
        aConfirmationWasSent();

        service.record(report(State.FAILED, "30008", null));

        assertThat(emails.emails()).singleElement().satisfies(email -> {
            assertThat(email.purpose()).isEqualTo(EmailPurpose.SMS_FALLBACK);
            assertThat(email.ticketId()).isEqualTo(TICKET_ID);
            assertThat(email.body()).contains(BODY).contains("failed 30008");
        });
    }

    @Test
    void a_failure_reported_again_acts_only_once() {
        aConfirmationWasSent();

        service.record(report(State.UNDELIVERED, "30005", RejectionReason.INVALID_NUMBER));
        service.record(report(State.UNDELIVERED, "30005", RejectionReason.INVALID_NUMBER));
        service.record(report(State.FAILED, "30005", RejectionReason.INVALID_NUMBER));

        assertThat(failures()).hasSize(1);
        assertThat(fallbackEmails()).isEqualTo(1);
    }

    @Test
    void a_delivered_report_after_a_failure_changes_nothing() {
        aConfirmationWasSent();
        service.record(report(State.UNDELIVERED, "30003", null));

        service.record(report(State.DELIVERED, null, null));

        assertThat(outcomes.outcomeOf(TENANT_ID, PROVIDER_ID)).contains(State.UNDELIVERED);
        assertThat(failures()).hasSize(1);
    }

    @Test
    void a_failure_reported_after_delivery_changes_nothing() {
        aConfirmationWasSent();
        service.record(report(State.DELIVERED, null, null));

        service.record(report(State.UNDELIVERED, "30005", RejectionReason.INVALID_NUMBER));

        assertThat(outcomes.outcomeOf(TENANT_ID, PROVIDER_ID)).contains(State.DELIVERED);
        assertThat(failures()).isEmpty();
        assertThat(emails.emails()).isEmpty();
        assertThat(undeliverable.isUndeliverable(TENANT_ID, CONTACT_MOBILE)).isFalse();
    }

    @Test
    void a_delivered_sms_writes_nothing_on_its_ticket_and_tells_nobody() {
        aConfirmationWasSent();

        service.record(report(State.DELIVERED, null, null));

        assertThat(tickets.eventsOf(TICKET_ID)).isEmpty();
        assertThat(emails.emails()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(names = {"INVALID_NUMBER", "LANDLINE"})
    void a_number_the_provider_says_cannot_take_sms_is_never_texted_again(RejectionReason reason) {
        aConfirmationWasSent();

        service.record(report(State.UNDELIVERED, "30006", reason));

        assertThat(undeliverable.isUndeliverable(TENANT_ID, CONTACT_MOBILE)).isTrue();
        assertThat(failures()).singleElement().extracting(event -> event.metadata().get("reason"))
                .isEqualTo(reason.name() + ": undelivered 30006");
    }

    @Test
    void a_recipient_the_provider_says_unsubscribed_counts_as_opted_out() {
        aConfirmationWasSent();

        service.record(report(State.FAILED, "21610", RejectionReason.UNSUBSCRIBED));

        assertThat(optOuts.isOptedOut(TENANT_ID, CONTACT_MOBILE)).isTrue();
        assertThat(undeliverable.isUndeliverable(TENANT_ID, CONTACT_MOBILE)).isFalse();
    }

    @Test
    void a_failure_that_names_no_fault_of_the_number_marks_nothing() {
        aConfirmationWasSent();

        service.record(report(State.UNDELIVERED, "30007", null));

        assertThat(undeliverable.isUndeliverable(TENANT_ID, CONTACT_MOBILE)).isFalse();
        assertThat(optOuts.isOptedOut(TENANT_ID, CONTACT_MOBILE)).isFalse();
        assertThat(fallbackEmails()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(names = {"MISSED_CALL", "WIZARD_LINK", "APPOINTMENT", "REVIEW_REQUEST"})
    void every_message_to_a_customer_that_never_arrived_reaches_the_business(SmsPurpose purpose) {
        sent(purpose, 2);

        service.record(report(State.UNDELIVERED, "30003", null));

        assertThat(fallbackEmails()).isEqualTo(1);
        assertThat(failures()).singleElement().extracting(event -> event.metadata().get("attempt")).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(names = {"OPT_OUT_CONFIRMATION", "OPT_IN_CONFIRMATION"})
    void an_undelivered_opt_out_or_opt_in_acknowledgement_is_not_mailed_to_the_business(SmsPurpose purpose) {
        sent(purpose, 1);

        service.record(report(State.UNDELIVERED, "30003", null));

        assertThat(emails.emails()).isEmpty();
        assertThat(failures()).hasSize(1);
    }

    @Test
    void a_report_on_an_sms_nobody_here_sent_changes_nothing_and_is_only_kept() {
        service.record(report(State.UNDELIVERED, "30005", RejectionReason.INVALID_NUMBER));

        assertThat(tickets.storedEvents()).isEmpty();
        assertThat(emails.emails()).isEmpty();
        assertThat(undeliverable.isUndeliverable(TENANT_ID, CONTACT_MOBILE)).isFalse();
        assertThat(early.size()).isEqualTo(1);
    }

    @Test
    void an_interim_report_records_nothing() {
        aConfirmationWasSent();

        service.record(new DeliveryReport(PROVIDER_ID, Optional.empty(), null));

        assertThat(outcomes.outcomeOf(TENANT_ID, PROVIDER_ID)).isEmpty();
        assertThat(transactions.calls()).isZero();
    }
}
