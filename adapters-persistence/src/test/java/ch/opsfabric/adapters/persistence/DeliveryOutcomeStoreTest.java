package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.OutboundSmsFixture.anSms;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static ch.opsfabric.adapters.persistence.TicketFixture.aTicket;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.DeliveryOutcomePort;
import ch.opsfabric.application.port.out.DeliveryReport.State;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SmsDispatchPort;
import ch.opsfabric.application.port.out.SmsLogEntry;
import ch.opsfabric.application.port.out.SmsLogPort;
import ch.opsfabric.application.port.out.SmsPurpose;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The provider's final word on a sent SMS, kept once: the first report stands, even when two race. */
@MicronautTest(transactional = false)
class DeliveryOutcomeStoreTest extends BusinessTransactionTest {

    private static final AtomicInteger PROVIDER_IDS = new AtomicInteger();

    @Inject
    DeliveryOutcomePort outcomes;

    @Inject
    SmsDispatchPort dispatch;

    @Inject
    SmsLogPort smsLog;

    /** An appointment SMS of a ticket, claimed, handed to the provider and logged as the dispatcher does. */
    private SentSms aSentSms() {
        var providerId = "SM-outcome-" + PROVIDER_IDS.incrementAndGet();
        var ticket = aTicket(tenant.id()).build();
        tickets.insertUnlessDuplicate(ticket);
        var sms = anSms(tenant.id()).forTicket(ticket.id()).withPurpose(SmsPurpose.APPOINTMENT).build();
        transactions.forTenant(tenant.id(), () -> queue.enqueue(sms));
        var claimed = transactions.forTenant(tenant.id(),
                () -> dispatch.claimDue(tenant.id(), MORNING.plus(Duration.ofMinutes(1)), 10)).getFirst().sms();
        transactions.forTenant(tenant.id(), () -> {
            dispatch.markSent(sms.id(), providerId, MORNING);
            smsLog.record(SmsLogEntry.sent(UUID.randomUUID(), claimed, providerId, MORNING));
        });
        return new SentSms(claimed, providerId);
    }

    private record SentSms(OutboundSms sms, String providerId) {
    }

    private Optional<OutboundSms> report(String providerId, State state, String detail) {
        return transactions.forTenant(tenant.id(), () -> outcomes.recordFirst(tenant.id(), providerId, state, detail));
    }

    private Map<String, Object> logged(String providerId) {
        return rows.one("SELECT delivery_status, delivery_error FROM sms_log WHERE provider_id = ?", providerId);
    }

    @Test
    void the_first_report_is_recorded_and_answers_the_message_as_it_was_queued() {
        var sent = aSentSms();

        var first = report(sent.providerId(), State.UNDELIVERED, "30005");

        assertThat(first).contains(sent.sms());
        assertThat(first.orElseThrow().attempts()).isEqualTo(1);
        assertThat(logged(sent.providerId())).containsEntry("delivery_status", "undelivered")
                .containsEntry("delivery_error", "30005");
    }

    @Test
    void a_later_report_changes_nothing_and_answers_nothing() {
        var sent = aSentSms();
        report(sent.providerId(), State.UNDELIVERED, "30003");

        assertThat(report(sent.providerId(), State.UNDELIVERED, "30003")).isEmpty();
        assertThat(report(sent.providerId(), State.DELIVERED, null)).isEmpty();

        assertThat(logged(sent.providerId())).containsEntry("delivery_status", "undelivered")
                .containsEntry("delivery_error", "30003");
    }

    @Test
    void a_report_on_an_id_that_is_not_the_tenants_answers_nothing() {
        assertThat(report("SM-unknown", State.FAILED, "30008")).isEmpty();
    }

    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @Test
    void of_two_copies_of_a_report_arriving_at_once_only_one_is_the_first() throws Exception {
        var sent = aSentSms();
        var firstUpdated = new CountDownLatch(1);
        var releaseFirst = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(2)) {
            var first = threads.submit(() -> transactions.forTenant(tenant.id(), () -> {
                var answer = outcomes.recordFirst(tenant.id(), sent.providerId(), State.UNDELIVERED, "30003");
                firstUpdated.countDown();
                await(releaseFirst);
                return answer;
            }));
            assertThat(firstUpdated.await(10, TimeUnit.SECONDS)).isTrue();
            var second = threads.submit(() -> report(sent.providerId(), State.UNDELIVERED, "30003"));
            // the second waits on the row the first has updated and not yet committed
            Thread.sleep(300);
            assertThat(second.isDone()).isFalse();
            releaseFirst.countDown();

            assertThat(first.get()).isPresent();
            assertThat(second.get()).isEmpty();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
