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
import ch.opsfabric.application.port.out.SendSmsPort.SmsMessage;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
        var slowProvider = answering(message -> {
            threeWaiting.countDown();
            // One at a time, the first message would wait here in vain for two more to arrive.
            if (Latches.opened(threeWaiting)) {
                metTheOthers.add(message.body());
            }
        });

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
        var slowProvider = answering(message -> {
            allWaiting.countDown();
            // Business by business, the first three would wait here in vain for the second business's three.
            if (Latches.opened(allWaiting)) {
                metTheOthers.add(message.body());
            }
        });

        var dispatched = dispatcher(slowProvider, new Due(List.of(TENANT_ID, OTHER_TENANT)), MESSAGES).dispatchDue();

        assertThat(dispatched).isEqualTo(MESSAGES);
        assertThat(metTheOthers).hasSize(MESSAGES);
    }

    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlock or a lost wake-up fails the test instead of hanging the build
    @Test
    void a_place_with_the_provider_is_free_again_as_soon_as_it_answered_while_the_outcome_is_still_being_recorded() {
        var allHandedOver = new CountDownLatch(MESSAGES);
        var recordingSawAllHandedOver = ConcurrentHashMap.<Boolean>newKeySet();
        var provider = answering(message -> allHandedOver.countDown());
        // Were a place held until its outcome is recorded, the fourth message could never reach the provider.
        var due = new Due(List.of(TENANT_ID)).whileMarkingSent(() -> recordingSawAllHandedOver.add(Latches.opened(allHandedOver)));

        var dispatched = dispatcher(provider, due, AT_ONCE).dispatchDue();

        assertThat(dispatched).isEqualTo(MESSAGES);
        assertThat(recordingSawAllHandedOver).containsExactly(true);
    }

    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlock or a lost wake-up fails the test instead of hanging the build
    @Test
    void a_round_claims_a_businesss_next_batch_once_its_last_one_is_through() {
        var due = new Due(List.of(TENANT_ID), 2 * SmsDispatcher.BATCH_SIZE + 1);
        var provider = answering(message -> { });

        var dispatched = dispatcher(provider, due, AT_ONCE).dispatchDue();

        assertThat(dispatched).isEqualTo(2 * SmsDispatcher.BATCH_SIZE + 1);
        assertThat(due.sentAtEachClaim).containsExactly(0, SmsDispatcher.BATCH_SIZE, 2 * SmsDispatcher.BATCH_SIZE);
    }

    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlock or a lost wake-up fails the test instead of hanging the build
    @Test
    void claims_and_sends_run_on_platform_threads_of_the_lowest_priority_below_the_requests() {
        var threads = ConcurrentHashMap.<String>newKeySet();
        var provider = answering(message -> threads.add(describe(Thread.currentThread())));
        var due = new Due(List.of(TENANT_ID)) {
            @Override
            public synchronized List<DueSms> claimDue(UUID customerId, Instant now, int limit) {
                threads.add(describe(Thread.currentThread()));
                return super.claimDue(customerId, now, limit);
            }
        };

        dispatcher(provider, due, AT_ONCE).dispatchDue();

        assertThat(threads).containsExactly("platform thread of priority " + Thread.MIN_PRIORITY);
    }

    /** A provider that accepts every message after doing what the test needs with it. */
    private static SendSmsPort answering(Consumer<SmsMessage> eachMessage) {
        return message -> {
            eachMessage.accept(message);
            return new SendSmsPort.SendResult.Accepted("provider-" + message.body());
        };
    }

    private static String describe(Thread thread) {
        return (thread.isVirtual() ? "virtual" : "platform") + " thread of priority " + thread.getPriority();
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

    /**
     * Due messages shared out over the tenants, each claimed once, at most a batch at a time; what is marked
     * sent is remembered, and how many were sent when each claim came.
     */
    private class Due implements SmsDispatchPort {

        private final List<UUID> tenantIds;
        private final List<OutboundSms> unclaimed;
        private final List<Integer> sentAtEachClaim = new ArrayList<>();
        private Runnable whileMarkingSent = () -> { };

        Due(List<UUID> tenantIds) {
            this(tenantIds, MESSAGES);
        }

        Due(List<UUID> tenantIds, int messages) {
            this.tenantIds = tenantIds;
            this.unclaimed = IntStream.rangeClosed(1, messages)
                    .mapToObj(n -> new OutboundSms(new UUID(0xD, n), tenantIds.get(n % tenantIds.size()), null,
                            SmsPurpose.CONFIRMATION, CONTACT_MOBILE, SMS_NUMBER, "message " + n, NOW, NOW, false, 1))
                    .collect(Collectors.toCollection(ArrayList::new));
        }

        Due whileMarkingSent(Runnable action) {
            whileMarkingSent = action;
            return this;
        }

        @Override
        public synchronized List<UUID> tenantsWithDue(Instant now) {
            return tenantIds.stream()
                    .filter(tenantId -> unclaimed.stream().anyMatch(sms -> sms.customerId().equals(tenantId)))
                    .toList();
        }

        @Override
        public synchronized List<DueSms> claimDue(UUID customerId, Instant now, int limit) {
            sentAtEachClaim.add(sent.size());
            var claimed = unclaimed.stream().filter(sms -> sms.customerId().equals(customerId)).limit(limit).toList();
            unclaimed.removeAll(claimed);
            return claimed.stream().map(sms -> new DueSms(sms, SinceQueued.NOTHING)).toList();
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
            whileMarkingSent.run();
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
