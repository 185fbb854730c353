package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.DeliveryReport;
import ch.opsfabric.application.port.out.DeliveryReport.State;
import ch.opsfabric.application.port.out.EarlyDeliveryReportsPort;
import ch.opsfabric.application.port.out.EarlyDeliveryReportsPort.Matched;
import ch.opsfabric.application.port.out.SendSmsPort.RejectionReason;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.testsupport.Rows;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Reports kept until their send is logged: matched through the log, taken once, in the order they came. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EarlyDeliveryReportStoreTest implements TestPropertyProvider {

    private static final AtomicInteger PROVIDER_IDS = new AtomicInteger();

    @Inject
    EarlyDeliveryReportsPort early;

    @Inject
    StoreTenantPort tenants;

    @Inject
    Transactions transactions;

    @Inject
    Rows rows;

    private Tenant tenant;
    private String providerId;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @BeforeEach
    void aBusinessAndAMessageId() {
        tenant = aTenant().build();
        tenants.create(tenant, MORNING);
        providerId = "SM-early-" + PROVIDER_IDS.incrementAndGet();
        rows.execute("DELETE FROM early_delivery_reports");
    }

    private void logSend(String sentId) {
        rows.update("""
                INSERT INTO sms_log (id, customer_id, direction, to_number, body, provider_id, status, created_at)
                VALUES (gen_random_uuid(), ?, 'outbound', '+41791234567', 'Danke', ?, 'sent', ?)""",
                tenant.id(), sentId, MORNING);
    }

    private void keep(State state, String detail) {
        transactions.inTransaction(() -> {
            early.keep(new DeliveryReport(providerId, Optional.of(state), detail, Optional.empty()), MORNING);
            return null;
        });
    }

    private List<DeliveryReport> take() {
        return transactions.forTenant(tenant.id(), () -> early.take(providerId));
    }

    @Test
    void a_kept_report_is_matched_only_once_its_send_is_logged_and_to_the_sending_business() {
        keep(State.UNDELIVERED, "30003");
        assertThat(transactions.inTransaction(() -> early.matched(10))).isEmpty();

        logSend(providerId);

        assertThat(transactions.inTransaction(() -> early.matched(10)))
                .containsExactly(new Matched(tenant.id(), providerId));
    }

    @Test
    void taking_answers_the_reports_in_the_order_they_came_and_leaves_nothing_to_take_again() {
        keep(State.UNDELIVERED, "30003");
        keep(State.DELIVERED, null);
        transactions.inTransaction(() -> {
            early.keep(new DeliveryReport(providerId, Optional.of(State.FAILED), "30005",
                    Optional.of(RejectionReason.INVALID_NUMBER)), MORNING);
            return null;
        });
        logSend(providerId);

        assertThat(take()).containsExactly(
                new DeliveryReport(providerId, Optional.of(State.UNDELIVERED), "30003"),
                new DeliveryReport(providerId, Optional.of(State.DELIVERED), null),
                new DeliveryReport(providerId, Optional.of(State.FAILED), "30005",
                        Optional.of(RejectionReason.INVALID_NUMBER)));
        assertThat(take()).isEmpty();
    }

    @Test
    void of_two_instances_taking_at_once_only_one_gets_the_reports() throws Exception {
        for (int report = 0; report < 20; report++) {
            keep(State.DELIVERED, null);
        }
        logSend(providerId);
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = pool.submit(() -> {
                start.await();
                return take().size();
            });
            var second = pool.submit(() -> {
                start.await();
                return take().size();
            });
            start.countDown();

            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(20, 0);
        }
    }

    @Test
    void reports_no_send_claimed_are_forgotten_by_age() {
        keep(State.DELIVERED, null);

        var forgotten = transactions.inTransaction(() -> early.forgetReceivedBefore(MORNING.plus(Duration.ofDays(1))));

        assertThat(forgotten).isEqualTo(1);
        assertThat(rows.count("SELECT count(*) FROM early_delivery_reports")).isZero();
    }
}
