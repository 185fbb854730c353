package ch.opsfabric.application.sms;

import ch.opsfabric.application.fakes.InMemoryCapNotices;
import ch.opsfabric.application.port.out.RefusedReason;
import ch.opsfabric.domain.phone.SmsCountries;
import static ch.opsfabric.application.fixtures.TenantFixture.SMS_NUMBER;
import static ch.opsfabric.application.fixtures.TenantFixture.TENANT_ID;
import static ch.opsfabric.application.fixtures.TenantFixture.aTenant;
import static ch.opsfabric.application.fixtures.TicketFixture.CONTACT_MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.email.BusinessInbox;
import ch.opsfabric.application.fakes.DirectTransactions;
import ch.opsfabric.application.fakes.InMemoryEmailQueue;
import ch.opsfabric.application.fakes.InMemoryOptOuts;
import ch.opsfabric.application.fakes.InMemoryTenants;
import ch.opsfabric.application.fakes.InMemoryUndeliverableNumbers;
import ch.opsfabric.application.fakes.Latches;
import ch.opsfabric.application.fixtures.Zurich;
import ch.opsfabric.application.port.out.DueSms;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SendSmsPort;
import ch.opsfabric.application.port.out.SinceQueued;
import ch.opsfabric.application.port.out.SmsDispatchPort;
import ch.opsfabric.application.port.out.SmsLogEntry;
import ch.opsfabric.application.port.out.SmsLogPort;
import ch.opsfabric.domain.phone.LibphonenumberPlan;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.application.port.out.SupersededReason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An instance hands several claimed SMS to the provider at once: a provider that takes a while to
 * answer would otherwise hold the whole batch up, message by message. Each outcome is still
 * recorded on its own.
 */
class SendingSeveralAtATimeTest {

    private static final Instant NOW = Zurich.at("2026-03-10T10:00");
    private static final int MESSAGES = 6;
    private static final int AT_ONCE = 3;

    private final Set<UUID> sent = ConcurrentHashMap.newKeySet();

    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlock or a lost wake-up fails the test instead of hanging the build
    @Test
    void claimed_messages_are_handed_to_the_provider_several_at_a_time_and_each_is_recorded_sent() {
        var threeWaiting = new CountDownLatch(AT_ONCE);
        var metTheOthers = ConcurrentHashMap.<String>newKeySet();
        SendSmsPort slowProvider = message -> {
            threeWaiting.countDown();
            // One at a time, the first message would wait here in vain for two more to arrive.
            if (Latches.opened(threeWaiting)) {
                metTheOthers.add(message.body());
            }
            return new SendSmsPort.SendResult.Accepted("provider-" + message.body());
        };

        var dispatched = dispatcher(slowProvider).dispatchDue();

        assertThat(dispatched).isEqualTo(MESSAGES);
        assertThat(metTheOthers).hasSize(MESSAGES);
        assertThat(sent).hasSize(MESSAGES);
    }

    private SmsDispatcher dispatcher(SendSmsPort provider) {
        var tenants = new InMemoryTenants().with(aTenant().build());
        var failedRecipients = new FailedRecipients(new InMemoryUndeliverableNumbers(Optional::empty),
                new InMemoryOptOuts(), tenants, new BusinessInbox(new InMemoryEmailQueue(), UUID::randomUUID,
                        "https://ops.example", new LibphonenumberPlan()));
        return new SmsDispatcher(Clock.fixed(NOW, ZoneOffset.UTC), new DirectTransactions(), tenants, new SixDue(),
                provider, new Log(), (customerId, event) -> { }, failedRecipients, UUID::randomUUID, SmsCountries.DEFAULT,
                new CapNotices(new InMemoryCapNotices(), new InMemoryEmailQueue(), UUID::randomUUID, Optional.empty()),
                AT_ONCE);
    }

    /** Six due messages of one tenant, claimed once; what is marked sent is remembered. */
    private final class SixDue implements SmsDispatchPort {

        private final List<OutboundSms> due = IntStream.rangeClosed(1, MESSAGES)
                .mapToObj(n -> new OutboundSms(new UUID(0xD, n), TENANT_ID, null, SmsPurpose.CONFIRMATION,
                        CONTACT_MOBILE, SMS_NUMBER, "message " + n, NOW, NOW, false, 1))
                .toList();
        private boolean claimed;

        @Override
        public List<UUID> tenantsWithDue(Instant now) {
            return claimed ? List.of() : List.of(TENANT_ID);
        }

        @Override
        public List<DueSms> claimDue(UUID customerId, Instant now, int limit) {
            claimed = true;
            return due.stream().map(sms -> new DueSms(sms, SinceQueued.NOTHING)).toList();
        }

        @Override
        public int sentSince(UUID customerId, Instant since) {
            return 0;
        }

        @Override
        public void postpone(UUID smsId, Instant dueAt) {
            throw new AssertionError("nothing is postponed here");
        }

        @Override
        public void markRefused(UUID smsId, RefusedReason reason, Instant at) {
            throw new AssertionError("nothing is refused here");
        }

        @Override
        public void markSuperseded(UUID smsId, SupersededReason reason, Instant at) {
            throw new AssertionError("nothing is superseded here");
        }

        @Override
        public void markSent(UUID smsId, String providerId, Instant at) {
            sent.add(smsId);
        }

        @Override
        public void retryAt(UUID smsId, String reason, Instant retryAt) {
            throw new AssertionError("nothing is retried here");
        }

        @Override
        public void markFailed(UUID smsId, String reason, Instant at) {
            throw new AssertionError("nothing fails here");
        }
    }

    private static final class Log implements SmsLogPort {

        @Override
        public void record(SmsLogEntry entry) {
            // what is logged is DispatchingQueuedSmsTest's subject
        }

        @Override
        public boolean hasInbound(UUID customerId, String providerId) {
            return false;
        }

        @Override
        public List<UUID> sendersOf(String providerId) {
            return List.of();
        }
    }
}
