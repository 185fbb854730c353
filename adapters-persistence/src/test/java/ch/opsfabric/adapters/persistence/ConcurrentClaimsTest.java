package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.OutboundSmsFixture.anSms;
import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.SmsDispatchPort;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.testsupport.Rows;
import ch.opsfabric.testsupport.TestDatabase;
import ch.opsfabric.application.port.out.OutboundSms;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Several service instances dispatch from one queue: together they must claim every due
 * message, and no message twice (docs/domain-rules.md, Quiet hours and outbound timing: several instances never send
 * one twice).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentClaimsTest implements TestPropertyProvider {

    private static final int MESSAGES = 500;
    private static final int CLAIMERS = 4;
    private static final int BATCH = 5;

    @Inject
    SmsQueuePort queue;

    @Inject
    SmsDispatchPort dispatch;

    @Inject
    StoreTenantPort tenants;

    @Inject
    Transactions transactions;

    @Inject
    Rows rows;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlock or a lost wake-up fails the test instead of hanging the build
    @Test
    void concurrent_claimers_together_claim_every_due_message_exactly_once() throws Exception {
        var tenant = aTenant().build();
        tenants.create(tenant, MORNING);
        var queued = transactions.inTransaction(() -> IntStream.range(0, MESSAGES)
                .mapToObj(index -> anSms(tenant.id()).dueAt(MORNING.minus(Duration.ofSeconds(index))).build())
                .peek(queue::enqueue)
                .map(OutboundSms::id)
                .toList());

        var claimed = claimConcurrently(tenant.id());

        assertThat(claimed).hasSize(MESSAGES).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(queued);
        assertThat(rows.list("SELECT status, attempts, count(*) AS messages FROM outbound_sms GROUP BY status, attempts"))
                .containsExactly(Map.of("status", "sending", "attempts", 1, "messages", (long) MESSAGES));
    }

    /** Every claimer loops, one claim transaction per batch, until it finds nothing left to claim. */
    private List<UUID> claimConcurrently(UUID tenantId) throws Exception {
        var start = new CountDownLatch(1);
        try (var claimers = Executors.newFixedThreadPool(CLAIMERS)) {
            var results = new ArrayList<Future<List<UUID>>>();
            for (int claimer = 0; claimer < CLAIMERS; claimer++) {
                results.add(claimers.submit(() -> {
                    start.await();
                    var mine = new ArrayList<UUID>();
                    for (var batch = dispatch.claimDue(tenantId, MORNING, BATCH); !batch.isEmpty();
                         batch = dispatch.claimDue(tenantId, MORNING, BATCH)) {
                        batch.forEach(due -> mine.add(due.sms().id()));
                    }
                    return mine;
                }));
            }
            start.countDown();
            var all = new ArrayList<UUID>();
            for (var result : results) {
                all.addAll(result.get());
            }
            return all;
        }
    }
}
