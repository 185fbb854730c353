package ch.opsfabric.application.sms;

import ch.opsfabric.application.fakes.InMemoryCapNotices;
import ch.opsfabric.domain.phone.SmsCountries;
import static ch.opsfabric.application.fixtures.TenantFixture.SMS_NUMBER;
import static ch.opsfabric.application.fixtures.TenantFixture.TENANT_ID;
import static ch.opsfabric.application.fixtures.TenantFixture.aTenant;
import static ch.opsfabric.application.fixtures.TicketFixture.CONTACT_MOBILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.opsfabric.application.email.BusinessInbox;
import ch.opsfabric.application.fakes.ImmediateTransactions;
import ch.opsfabric.application.fakes.InMemoryEmailQueue;
import ch.opsfabric.application.fakes.InMemoryOptOuts;
import ch.opsfabric.application.fakes.InMemorySmsQueue;
import ch.opsfabric.application.fakes.InMemorySmsQueue.Status;
import ch.opsfabric.application.fakes.InMemoryTenants;
import ch.opsfabric.application.fakes.InMemoryTickets;
import ch.opsfabric.application.fakes.InMemoryUndeliverableNumbers;
import ch.opsfabric.application.fakes.RecordingSmsLog;
import ch.opsfabric.application.fakes.RecordingSmsSender;
import ch.opsfabric.application.fakes.SequentialIds;
import ch.opsfabric.application.fixtures.Zurich;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SendSmsPort.RejectionReason;
import ch.opsfabric.application.port.out.SendSmsPort.SendResult;
import ch.opsfabric.application.port.out.SendSmsPort.SmsMessage;
import ch.opsfabric.domain.phone.LibphonenumberPlan;
import ch.opsfabric.application.port.out.SinceQueued;
import ch.opsfabric.application.port.out.SmsLogEntry;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.TicketEvent;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/domain-rules.md, Failures: due messages go to the provider; a transient failure is retried after 2 and then 5
 * more minutes (at most twice, later when the provider asks, and for a message that is not urgent
 * never inside the tenant's quiet hours, docs/domain-rules.md, Quiet hours and outbound timing), a permanent one
 * never, and every outcome is recorded in the queue, in {@code sms_log} and on the ticket.
 */
class DispatchingQueuedSmsTest {

    private static final Instant NOW = Zurich.at("2026-03-10T10:00");
    private static final UUID TICKET_ID = UUID.fromString("5a1d0e3c-8b7f-4c2a-9e6d-1f0a2b3c4d5e");
    private static final String BODY = "Danke Anna Meier, Ihre Anfrage ist eingegangen. Wir melden uns bis heute 12:00.";

    private final MutableClock clock = new MutableClock(NOW);
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemorySmsQueue queue = new InMemorySmsQueue(transactions);
    private final RecordingSmsSender sender = new RecordingSmsSender();
    private final RecordingSmsLog smsLog = new RecordingSmsLog();
    private final InMemoryTickets tickets = new InMemoryTickets(transactions);
    private final InMemoryEmailQueue emails = new InMemoryEmailQueue();
    private final InMemoryTenants tenants = new InMemoryTenants().with(aTenant().build());
    private final SmsDispatcher dispatcher = new SmsDispatcher(clock, transactions, tenants, queue, sender, smsLog,
            tickets, new FailedRecipients(new InMemoryUndeliverableNumbers(transactions::tenant), new InMemoryOptOuts(),
                    tenants, new BusinessInbox(emails, new SequentialIds(), "https://ops.example", new LibphonenumberPlan())),
            new SequentialIds(), SmsCountries.DEFAULT,
            new CapNotices(new InMemoryCapNotices(), emails, new SequentialIds(), Optional.empty()), 1);

    private static OutboundSms aConfirmation(UUID id, UUID ticketId, Instant dueAt) {
        return new OutboundSms(id, TENANT_ID, ticketId, SmsPurpose.CONFIRMATION, CONTACT_MOBILE, SMS_NUMBER, BODY,
                NOW, dueAt, false, 0);
    }

    private static OutboundSms aConfirmationTriedBefore(int attempts, boolean urgent, Instant dueAt) {
        return new OutboundSms(smsId(1), TENANT_ID, TICKET_ID, SmsPurpose.CONFIRMATION, CONTACT_MOBILE, SMS_NUMBER,
                BODY, NOW, dueAt, urgent, attempts);
    }

    private static UUID smsId(int n) {
        return new UUID(0xABCDL, n);
    }

    private void queueAConfirmation() {
        queue.alreadyQueued(aConfirmation(smsId(1), TICKET_ID, NOW));
    }

    private static SendResult.Deferred timeout(String detail) {
        return new SendResult.Deferred(detail, Optional.empty());
    }

    /** Lets the provider defer the message {@code times} times, each time as soon as it is due again. */
    private void deferred(int times) {
        for (int attempt = 1; attempt <= times; attempt++) {
            sender.thenAnswer(timeout("provider timeout " + attempt));
            clock.set(queue.only().dueAt());
            dispatcher.dispatchDue();
        }
    }

    /** Lets the provider defer the message once, at a Zurich wall-clock time. */
    private void failsAt(String localTime, Optional<Duration> retryAfter) {
        sender.thenAnswer(new SendResult.Deferred("provider timeout", retryAfter));
        clock.set(Zurich.at(localTime));
        dispatcher.dispatchDue();
    }

    private List<TicketEvent> failures() {
        return tickets.eventsOf(TICKET_ID).stream().filter(event -> event.type() == EventType.SMS_FAILED).toList();
    }

    @Test
    void a_due_sms_goes_to_the_provider_from_the_tenants_number() {
        queueAConfirmation();

        dispatcher.dispatchDue();

        assertThat(sender.received()).containsExactly(new SmsMessage(CONTACT_MOBILE, Optional.of(SMS_NUMBER), BODY));
    }

    @Test
    void a_message_that_no_longer_holds_is_dropped_unsent_and_the_reason_is_written_on_its_ticket() {
        queue.alreadyQueued(aConfirmation(smsId(1), TICKET_ID, NOW));
        queue.alreadyQueued(aConfirmation(smsId(2), TICKET_ID, NOW));
        queue.happenedSince(smsId(1), new SinceQueued(Optional.of(new SinceQueued.TicketNow(
                TicketStatus.SCHEDULED, Optional.of(CONTACT_MOBILE))), true, false, false));

        dispatcher.dispatchDue();

        assertThat(queue.all()).extracting(queued -> queued.sms().id(), InMemorySmsQueue.Queued::status)
                .containsExactly(tuple(smsId(1), Status.SUPERSEDED), tuple(smsId(2), Status.SENT));
        assertThat(queue.all().getFirst().lastError()).isEqualTo("ticket_answered");
        assertThat(sender.received()).hasSize(1);
        assertThat(tickets.eventsOf(TICKET_ID)).filteredOn(event -> event.type() == EventType.SMS_SUPERSEDED)
                .containsExactly(new TicketEvent(TICKET_ID, EventType.SMS_SUPERSEDED, null, "confirmation",
                        Map.of("reason", "ticket_answered"), NOW));
        assertThat(queue.writesOutsideTransactions()).isEmpty();
    }

    @Test
    void an_accepted_sms_is_marked_sent_with_the_provider_id() {
        queueAConfirmation();

        dispatcher.dispatchDue();

        assertThat(queue.only().status()).isEqualTo(Status.SENT);
        assertThat(queue.only().providerId()).isEqualTo("provider-1");
        assertThat(queue.only().finishedAt()).isEqualTo(NOW);
    }

    @Test
    void an_accepted_sms_is_logged_as_sent() {
        queueAConfirmation();

        dispatcher.dispatchDue();

        assertThat(smsLog.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo("sent");
            assertThat(entry.direction()).isEqualTo(SmsLogEntry.Direction.OUTBOUND);
            assertThat(entry.providerId()).isEqualTo("provider-1");
            assertThat(entry.customerId()).isEqualTo(TENANT_ID);
            assertThat(entry.ticketId()).isEqualTo(TICKET_ID);
            assertThat(entry.fromNumber()).isEqualTo("+41791234567");
            assertThat(entry.toNumber()).isEqualTo(CONTACT_MOBILE.e164());
            assertThat(entry.body()).isEqualTo(BODY);
            assertThat(entry.at()).isEqualTo(NOW);
        });
    }

    @Test
    void an_accepted_sms_writes_sms_sent_with_the_provider_id_on_its_ticket() {
        queueAConfirmation();

        dispatcher.dispatchDue();

        assertThat(tickets.storedEvents()).singleElement().satisfies(stored -> {
            assertThat(stored.customerId()).isEqualTo(TENANT_ID);
            assertThat(stored.event().ticketId()).isEqualTo(TICKET_ID);
            assertThat(stored.event().type()).isEqualTo(EventType.SMS_SENT);
            assertThat(stored.event().newValue()).isEqualTo("confirmation");
            assertThat(stored.event().metadata()).containsEntry("provider_id", "provider-1");
        });
    }

    @ParameterizedTest(name = "failure on attempt {0} -> retried {1} minutes later")
    @CsvSource({"1, 2", "2, 5"})
    void a_transient_failure_is_retried_after_the_planned_delay(int attempt, long minutes) {
        queueAConfirmation();

        deferred(attempt);

        assertThat(queue.only().status()).isEqualTo(Status.PENDING);
        assertThat(queue.only().dueAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(minutes)));
    }

    @ParameterizedTest(name = "failure at {0} on attempt {1} -> retried at {2}")
    @CsvSource({
            "2026-03-10T20:57, 1, 2026-03-10T20:59",
            "2026-03-10T20:58, 1, 2026-03-11T07:00",
            "2026-03-10T20:55, 2, 2026-03-11T07:00",
            "2026-03-10T20:30, 2, 2026-03-10T20:35",
            // the night the clocks go forward: 07:00 summer time is 05:00 UTC, not 06:00
            "2026-03-28T20:59, 1, 2026-03-29T07:00"})
    void a_retry_of_a_non_urgent_sms_that_would_fall_into_quiet_hours_waits_for_their_end(
            String failedAt, int attempt, String retriedAt) {
        queue.alreadyQueued(aConfirmationTriedBefore(attempt - 1, false, Zurich.at(failedAt)));

        failsAt(failedAt, Optional.empty());

        assertThat(queue.only().status()).isEqualTo(Status.PENDING);
        assertThat(queue.only().dueAt()).isEqualTo(Zurich.at(retriedAt));
    }

    @Test
    void a_retry_after_that_would_end_inside_quiet_hours_waits_for_their_end() {
        queue.alreadyQueued(aConfirmationTriedBefore(0, false, Zurich.at("2026-03-10T20:30")));

        failsAt("2026-03-10T20:30", Optional.of(Duration.ofHours(1)));

        assertThat(queue.only().dueAt()).isEqualTo(Zurich.at("2026-03-11T07:00"));
    }

    @Test
    void a_retry_of_an_urgent_sms_goes_out_during_quiet_hours() {
        queue.alreadyQueued(aConfirmationTriedBefore(0, true, Zurich.at("2026-03-10T23:30")));

        failsAt("2026-03-10T23:30", Optional.empty());

        assertThat(queue.only().dueAt()).isEqualTo(Zurich.at("2026-03-10T23:32"));
    }

    @Test
    void a_retry_follows_the_tenants_own_quiet_hours() {
        tenants.with(aTenant().withoutQuietHours().build());
        queue.alreadyQueued(aConfirmationTriedBefore(0, false, Zurich.at("2026-03-10T23:30")));

        failsAt("2026-03-10T23:30", Optional.empty());

        assertThat(queue.only().dueAt()).isEqualTo(Zurich.at("2026-03-10T23:32"));
    }

    @Test
    void a_retry_held_back_by_quiet_hours_is_not_sent_before_they_end() {
        queue.alreadyQueued(aConfirmationTriedBefore(0, false, Zurich.at("2026-03-10T20:59")));
        failsAt("2026-03-10T20:59", Optional.empty());

        clock.set(Zurich.at("2026-03-11T06:59"));
        assertThat(dispatcher.dispatchDue()).isZero();
        clock.set(Zurich.at("2026-03-11T07:00"));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(queue.only().status()).isEqualTo(Status.SENT);
    }

    @Test
    void a_transient_failure_is_not_retried_before_it_is_due_again() {
        queueAConfirmation();
        deferred(1);
        clock.advance(Duration.ofMinutes(2).minusSeconds(1));

        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(sender.received()).hasSize(1);
    }

    @Test
    void a_third_transient_failure_marks_the_sms_failed_and_logs_it() {
        queueAConfirmation();

        deferred(3);

        assertThat(queue.only().status()).isEqualTo(Status.FAILED);
        assertThat(smsLog.entries()).singleElement()
                .satisfies(entry -> assertThat(entry.status()).isEqualTo("failed"));
    }

    @Test
    void a_message_is_tried_at_most_three_times() {
        queueAConfirmation();
        deferred(3);
        clock.advance(Duration.ofDays(1));

        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(sender.received()).hasSize(3);
    }

    @ParameterizedTest(name = "attempt {0}, provider asks for {1} minutes -> retried after {1}")
    @CsvSource({"1, 3", "1, 60", "2, 6"})
    void a_retry_after_longer_than_the_planned_delay_is_honoured(int attempt, long askedMinutes) {
        queueAConfirmation();
        deferred(attempt - 1);
        sender.thenAnswer(new SendResult.Deferred("rate limited", Optional.of(Duration.ofMinutes(askedMinutes))));
        clock.set(queue.only().dueAt());

        dispatcher.dispatchDue();

        assertThat(queue.only().dueAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(askedMinutes)));
    }

    @ParameterizedTest(name = "attempt {0}, provider asks for {1} s -> retried after {2} minutes")
    @CsvSource({"1, 30, 2", "1, 119, 2", "2, 60, 5", "2, 299, 5"})
    void a_retry_after_shorter_than_the_planned_delay_is_not_honoured(int attempt, long askedSeconds, long minutes) {
        queueAConfirmation();
        deferred(attempt - 1);
        sender.thenAnswer(new SendResult.Deferred("rate limited", Optional.of(Duration.ofSeconds(askedSeconds))));
        clock.set(queue.only().dueAt());

        dispatcher.dispatchDue();

        assertThat(queue.only().dueAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(minutes)));
    }

    @ParameterizedTest
    @EnumSource(RejectionReason.class)
    void a_permanent_rejection_is_not_retried_and_is_logged_as_failed(RejectionReason reason) {
        queueAConfirmation();
        sender.thenAnswer(new SendResult.Rejected(reason, "refused by the provider"));

        dispatcher.dispatchDue();
        clock.advance(Duration.ofDays(1));
        dispatcher.dispatchDue();

        assertThat(queue.only().status()).isEqualTo(Status.FAILED);
        assertThat(sender.received()).hasSize(1);
        assertThat(smsLog.entries()).singleElement()
                .satisfies(entry -> assertThat(entry.status()).isEqualTo("failed"));
    }

    @Test
    void every_failed_attempt_writes_one_sms_failed_event_with_its_reason() {
        queueAConfirmation();

        deferred(3);

        assertThat(failures()).extracting(event -> event.metadata().get("reason"))
                .containsExactly("provider timeout 1", "provider timeout 2", "provider timeout 3");
        assertThat(tickets.storedEvents()).allSatisfy(stored -> assertThat(stored.customerId()).isEqualTo(TENANT_ID));
    }

    @Test
    void a_permanent_rejection_writes_one_sms_failed_event_naming_the_reason() {
        queueAConfirmation();
        sender.thenAnswer(new SendResult.Rejected(RejectionReason.LANDLINE, "number is a fixed line"));

        dispatcher.dispatchDue();

        assertThat(failures()).singleElement().satisfies(event -> assertThat((String) event.metadata().get("reason"))
                .contains("LANDLINE").contains("number is a fixed line"));
    }

    @Test
    void a_provider_that_throws_is_treated_like_a_transient_failure() {
        queueAConfirmation();
        sender.thenThrow(new IllegalStateException("connection reset"));

        dispatcher.dispatchDue();

        assertThat(queue.only().status()).isEqualTo(Status.PENDING);
        assertThat(queue.only().dueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        assertThat(failures()).singleElement()
                .satisfies(event -> assertThat((String) event.metadata().get("reason")).contains("connection reset"));
    }

    @Test
    void a_message_the_provider_threw_on_is_sent_on_the_retry() {
        queueAConfirmation();
        sender.thenThrow(new IllegalStateException("connection reset"));
        dispatcher.dispatchDue();
        clock.advance(Duration.ofMinutes(2));

        dispatcher.dispatchDue();

        assertThat(queue.only().status()).isEqualTo(Status.SENT);
        assertThat(sender.received()).hasSize(2);
    }

    @Test
    void a_provider_error_on_one_message_does_not_hold_up_the_others() {
        queue.alreadyQueued(aConfirmation(smsId(1), TICKET_ID, NOW.minusSeconds(60)));
        queue.alreadyQueued(aConfirmation(smsId(2), TICKET_ID, NOW));
        sender.thenThrow(new IllegalStateException("connection reset"));

        dispatcher.dispatchDue();

        assertThat(queue.all()).extracting(InMemorySmsQueue.Queued::status).containsExactly(Status.PENDING, Status.SENT);
    }

    static Stream<Arguments> everyOutcome() {
        return Stream.of(
                Arguments.of(new SendResult.Accepted("provider-77")),
                Arguments.of(new SendResult.Deferred("provider timeout", Optional.empty())),
                Arguments.of(new SendResult.Rejected(RejectionReason.UNSUBSCRIBED, "STOP received")));
    }

    @ParameterizedTest
    @MethodSource("everyOutcome")
    void a_message_without_a_ticket_writes_no_ticket_events(SendResult outcome) {
        queue.alreadyQueued(aConfirmation(smsId(1), null, NOW));
        sender.thenAnswer(outcome);

        dispatcher.dispatchDue();

        assertThat(tickets.storedEvents()).isEmpty();
    }

    @Test
    void a_sent_message_without_a_ticket_is_still_logged() {
        queue.alreadyQueued(aConfirmation(smsId(1), null, NOW));

        dispatcher.dispatchDue();

        assertThat(smsLog.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo("sent");
            assertThat(entry.ticketId()).isNull();
        });
    }

    @Test
    void dispatching_answers_how_many_due_messages_it_claimed() {
        queue.alreadyQueued(aConfirmation(smsId(1), TICKET_ID, NOW.minusSeconds(120)));
        queue.alreadyQueued(aConfirmation(smsId(2), TICKET_ID, NOW.minusSeconds(60)));
        queue.alreadyQueued(aConfirmation(smsId(3), TICKET_ID, NOW));
        queue.alreadyQueued(aConfirmation(smsId(4), TICKET_ID, NOW.plusSeconds(60)));

        assertThat(dispatcher.dispatchDue()).isEqualTo(3);
        assertThat(sender.received()).hasSize(3);
    }

    @Test
    void dispatching_an_empty_queue_claims_nothing() {
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(sender.received()).isEmpty();
    }

    @Test
    void each_tenants_messages_are_claimed_and_recorded_in_transactions_of_that_tenant() {
        var otherTenant = new UUID(0xB, 1);
        queueAConfirmation();
        tenants.with(aTenant().withId(otherTenant).withSlug("other-business").build());
        queue.alreadyQueued(new OutboundSms(smsId(2), otherTenant, null, SmsPurpose.CONFIRMATION, CONTACT_MOBILE,
                SMS_NUMBER, BODY, NOW, NOW, false, 0));

        assertThat(dispatcher.dispatchDue()).isEqualTo(2);

        assertThat(sender.received()).hasSize(2);
        assertThat(queue.writesOutsideTransactions()).isEmpty();
    }

    @Test
    void the_claim_and_each_outcome_are_one_transaction_each() {
        queueAConfirmation();

        dispatcher.dispatchDue();

        assertThat(transactions.calls()).isEqualTo(2);
        assertThat(queue.writesOutsideTransactions()).isEmpty();
        assertThat(tickets.writesOutsideTransactions()).isEmpty();
    }
}
