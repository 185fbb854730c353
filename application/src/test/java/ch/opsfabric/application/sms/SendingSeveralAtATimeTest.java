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
    private static final UUID OTHER_TENANT = UUID.fromString("0da0da00-0000-4000-8000-00000000b0b0");

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

    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlock or a lost wake-up fails the test instead of hanging the build
    @Test
    void the_next_businesss_messages_go_out_while_the_last_businesss_are_still_with_the_provider() {
        var allWaiting = new CountDownLatch(MESSAGES);
        var metTheOthers = ConcurrentHashMap.<String>newKeySet();
        SendSmsPort slowProvider = message -> {
            allWaiting.countDown();
            // Business by business, the first three would wait here in vain for the second business's three.
            if (Latches.opened(allWaiting)) {
                metTheOthers.add(message.body());
            }
            return new SendSmsPort.SendResult.Accepted("provider-" + message.body());
        };

        var dispatched = dispatcher(slowProvider, new Due(List.of(TENANT_ID, OTHER_TENANT)), MESSAGES).dispatchDue();

        assertThat(dispatched).isEqualTo(MESSAGES);
        assertThat(metTheOthers).hasSize(MESSAGES);
    }

    private SmsDispatcher dispatcher(SendSmsPort provider) {
        return dispatcher(provider, new Due(List.of(TENANT_ID)), AT_ONCE);
    }

    private SmsDispatcher dispatcher(SendSmsPort provider, Due due, int atOnce) {
        var tenants = new InMemoryTenants().with(aTenant().build()).with(aTenant().withId(OTHER_TENANT).build());
        var failedRecipients = new FailedRecipients(new InMemoryUndeliverableNumbers(Optional::empty),
                new InMemoryOptOuts(), tenants, new BusinessInbox(new InMemoryEmailQueue(), UUID::randomUUID,
                        "https://ops.example", new LibphonenumberPlan()));
        return new SmsDispatcher(Clock.fixed(NOW, ZoneOffset.UTC), new DirectTransactions(), tenants, due,
                provider, new Log(), (customerId, event) -> { }, failedRecipients, UUID::randomUUID, SmsCountries.DEFAULT,
                new CapNotices(new InMemoryCapNotices(), new InMemoryEmailQueue(), UUID::randomUUID, Optional.empty()),
                atOnce);
    }

    /** Six due messages shared out over the tenants, claimed once; what is marked sent is remembered. */
    private final class Due implements SmsDispatchPort {

        private final List<UUID> tenantIds;
        private final List<OutboundSms> due;
        private boolean claimed;

        Due(List<UUID> tenantIds) {
            this.tenantIds = tenantIds;
            this.due = IntStream.rangeClosed(1, MESSAGES)
                    .mapToObj(n -> new OutboundSms(new UUID(0xD, n), tenantIds.get(n % tenantIds.size()), null,
                            SmsPurpose.CONFIRMATION, CONTACT_MOBILE, SMS_NUMBER, "message " + n, NOW, NOW, false, 1))
                    .toList();
        }

        @Override
        public List<UUID> tenantsWithDue(Instant now) {
            return claimed ? List.of() : tenantIds;
        }

        @Override
        public List<DueSms> claimDue(UUID customerId, Instant now, int limit) {
            if (customerId.equals(tenantIds.getLast())) {
                claimed = true;
            }
            return due.stream().filter(sms -> sms.customerId().equals(customerId))
                    .map(sms -> new DueSms(sms, SinceQueued.NOTHING)).toList();
        }

        @Override
        public List<DueSms> claimDueToTheBusiness(UUID customerId, Instant now, int limit) {
            throw new AssertionError("the cap is not reached here");
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
