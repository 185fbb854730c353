package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.OutboundSmsFixture.anSms;
import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.email.BusinessInbox;
import ch.opsfabric.application.port.out.CapNoticePort;
import ch.opsfabric.application.port.out.EmailQueuePort;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.OptOutPort;
import ch.opsfabric.application.port.out.RefusedReason;
import ch.opsfabric.application.port.out.SendSmsPort;
import ch.opsfabric.application.port.out.SmsDispatchPort;
import ch.opsfabric.application.port.out.SmsLogPort;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.application.port.out.UndeliverablePort;
import ch.opsfabric.application.sms.CapNotices;
import ch.opsfabric.application.sms.FailedRecipients;
import ch.opsfabric.application.sms.SmsDispatcher;
import ch.opsfabric.domain.phone.LibphonenumberPlan;
import ch.opsfabric.domain.phone.SmsCountries;
import ch.opsfabric.testsupport.Rows;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * docs/domain-rules.md, SMS pumping guard: the daily cap holds with several instances dispatching at once. Each claim
 * counts the tenant's SMS sent today and in flight under a lock of the tenant held until the claim commits, so no
 * two claims spend the same part of the cap; the notice goes out once, whoever finds the cap reached first.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoDispatchersKeepTheDailyCapTest implements TestPropertyProvider {

    private static final int CAP = 30;
    private static final int QUEUED = 120;
    private static final int DISPATCHERS = 2;

    @Inject SmsQueuePort queue;
    @Inject SmsDispatchPort dispatch;
    @Inject StoreTenantPort tenants;
    @Inject LoadTenantPort loadTenants;
    @Inject Transactions transactions;
    @Inject SmsLogPort smsLog;
    @Inject TicketEventPort events;
    @Inject UndeliverablePort undeliverable;
    @Inject OptOutPort optOuts;
    @Inject EmailQueuePort emails;
    @Inject CapNoticePort capNotices;
    @Inject Rows rows;

    /** Messages the provider accepted, across both instances. */
    private final AtomicInteger accepted = new AtomicInteger();

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    private SmsDispatcher aDispatcher() {
        var ids = (ch.opsfabric.application.port.out.IdGenerator) UUID::randomUUID;
        SendSmsPort provider = message -> {
            Thread.onSpinWait();
            return new SendSmsPort.SendResult.Accepted("provider-" + accepted.incrementAndGet());
        };
        var inbox = new BusinessInbox(emails, ids, "https://ops.example", new LibphonenumberPlan());
        return new SmsDispatcher(Clock.fixed(MORNING, ZoneOffset.UTC), transactions, loadTenants, dispatch, provider,
                smsLog, events, new FailedRecipients(undeliverable, optOuts, loadTenants, inbox), ids,
                SmsCountries.DEFAULT, new CapNotices(capNotices, emails, ids, Optional.of("ops@flowsight.ch")), 4);
    }

    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @Test
    void two_dispatchers_at_once_send_exactly_the_cap_hold_the_rest_and_tell_once() throws Exception {
        var tenant = aTenant().withDailySmsCap(CAP).build();
        tenants.create(tenant, MORNING);
        transactions.forTenant(tenant.id(), () -> {
            for (int n = 0; n < QUEUED; n++) {
                queue.enqueue(anSms(tenant.id()).build());
            }
        });

        var start = new CountDownLatch(1);
        try (var instances = Executors.newFixedThreadPool(DISPATCHERS)) {
            var runs = new ArrayList<Future<?>>();
            for (int instance = 0; instance < DISPATCHERS; instance++) {
                var dispatcher = aDispatcher();
                runs.add(instances.submit(() -> {
                    start.await();
                    for (int tick = 0; tick < 20; tick++) {
                        dispatcher.dispatchDue();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var run : runs) {
                run.get();
            }
        }

        assertThat(accepted).hasValue(CAP);
        assertThat(rows.list("SELECT status, count(*) AS messages FROM outbound_sms WHERE customer_id = ? "
                + "GROUP BY status ORDER BY status", tenant.id()))
                .containsExactly(Map.of("status", "pending", "messages", (long) (QUEUED - CAP)),
                        Map.of("status", "sent", "messages", (long) CAP));
        assertThat(rows.list("SELECT to_address FROM outbound_email WHERE customer_id = ? AND purpose = 'sms_cap_reached' "
                + "ORDER BY to_address", tenant.id()))
                .containsExactly(Map.of("to_address", "info@doerfler.ch"), Map.of("to_address", "ops@flowsight.ch"));
    }

    @Test
    void the_count_takes_messages_in_flight_and_those_sent_since_the_start_of_the_day() {
        var tenant = aTenant().build();
        tenants.create(tenant, MORNING);
        transactions.forTenant(tenant.id(), () -> {
            for (int n = 0; n < 3; n++) {
                queue.enqueue(anSms(tenant.id()).build());
            }
        });
        var claimed = transactions.forTenant(tenant.id(), () -> dispatch.claimDue(tenant.id(), MORNING, 3));
        transactions.forTenant(tenant.id(), () -> {
            dispatch.markSent(claimed.get(0).sms().id(), "p-1", MORNING.minusSeconds(7200));
            dispatch.markSent(claimed.get(1).sms().id(), "p-2", MORNING);
        });

        var counted = transactions.forTenant(tenant.id(), () -> dispatch.sentSince(tenant.id(), MORNING.minusSeconds(60)));

        assertThat(counted).isEqualTo(2);
    }

    @Test
    void a_refused_message_keeps_its_reason_and_is_never_claimed_again() {
        var tenant = aTenant().build();
        tenants.create(tenant, MORNING);
        transactions.forTenant(tenant.id(), () -> queue.enqueue(anSms(tenant.id()).build()));
        var claimed = transactions.forTenant(tenant.id(), () -> dispatch.claimDue(tenant.id(), MORNING, 1));

        transactions.forTenant(tenant.id(), () ->
                dispatch.markRefused(claimed.getFirst().sms().id(), RefusedReason.COUNTRY_NOT_ALLOWED, MORNING));

        assertThat(rows.list("SELECT status, refused_reason FROM outbound_sms WHERE customer_id = ?", tenant.id()))
                .containsExactly(Map.of("status", "refused", "refused_reason", "country_not_allowed"));
        assertThat(transactions.forTenant(tenant.id(), () -> dispatch.claimDue(tenant.id(), MORNING.plusSeconds(86_400), 1)))
                .isEmpty();
    }

    @Test
    void a_postponed_message_waits_pending_until_its_new_time_and_its_claim_is_no_attempt() {
        var tenant = aTenant().build();
        tenants.create(tenant, MORNING);
        transactions.forTenant(tenant.id(), () -> queue.enqueue(anSms(tenant.id()).build()));
        var claimed = transactions.forTenant(tenant.id(), () -> dispatch.claimDue(tenant.id(), MORNING, 1));

        transactions.forTenant(tenant.id(), () ->
                dispatch.postpone(claimed.getFirst().sms().id(), MORNING.plusSeconds(3600)));

        assertThat(rows.list("SELECT status, attempts FROM outbound_sms WHERE customer_id = ?", tenant.id()))
                .containsExactly(Map.of("status", "pending", "attempts", 0));
        assertThat(transactions.forTenant(tenant.id(), () -> dispatch.claimDue(tenant.id(), MORNING.plusSeconds(3599), 1)))
                .isEmpty();
    }

    @Test
    void the_cap_notice_is_recorded_once_per_local_day() {
        var tenant = aTenant().build();
        tenants.create(tenant, MORNING);
        var day = LocalDate.parse("2026-11-24");

        assertThat(capNotices.firstOn(tenant.id(), day)).isTrue();
        assertThat(capNotices.firstOn(tenant.id(), day)).isFalse();
        assertThat(capNotices.firstOn(tenant.id(), day.plusDays(1))).isTrue();
    }
}
