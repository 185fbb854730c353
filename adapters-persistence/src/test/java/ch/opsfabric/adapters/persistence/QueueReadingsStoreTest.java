package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.OutboundSmsFixture.anSms;
import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.QueueReadingsPort;
import ch.opsfabric.application.port.out.QueueReadingsPort.Channel;
import ch.opsfabric.application.port.out.QueueReadingsPort.QueueReading;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.testsupport.Rows;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The queue gauges' reading (docs/operations.md, Metrics): every waiting message counts in the depth,
 * across tenants, but only a due one ages; a message held for later is no sign of a stuck queue.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueReadingsStoreTest implements TestPropertyProvider {

    @Inject
    QueueReadingsPort readings;

    @Inject
    SmsQueuePort queue;

    @Inject
    StoreTenantPort tenants;

    @Inject
    Rows rows;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @BeforeEach
    void emptyQueues() {
        rows.update("DELETE FROM outbound_sms");
        rows.update("DELETE FROM outbound_email");
    }

    @Test
    void empty_queues_read_zero_depth_and_zero_age() {
        assertThat(readings.read(MORNING)).containsExactlyInAnyOrderEntriesOf(
                Map.of(Channel.SMS, QueueReading.EMPTY, Channel.EMAIL, QueueReading.EMPTY));
    }

    @Test
    void the_age_is_that_of_the_longest_waiting_due_message_and_a_held_one_only_adds_to_the_depth() {
        var first = aTenant().build();
        var second = aTenant().build();
        tenants.create(first, MORNING);
        tenants.create(second, MORNING);
        queue.enqueue(anSms(first.id()).dueAt(MORNING).build());
        queue.enqueue(anSms(second.id()).dueAt(MORNING.plusSeconds(60)).build());
        queue.enqueue(anSms(second.id()).dueAt(MORNING.plus(Duration.ofHours(10))).build());

        var read = readings.read(MORNING.plus(Duration.ofMinutes(3)));

        assertThat(read.get(Channel.SMS)).isEqualTo(new QueueReading(3, Duration.ofMinutes(3)));
        assertThat(read.get(Channel.EMAIL)).isEqualTo(QueueReading.EMPTY);
    }

    @Test
    void a_queue_with_only_held_messages_reads_zero_age() {
        var tenant = aTenant().build();
        tenants.create(tenant, MORNING);
        queue.enqueue(anSms(tenant.id()).dueAt(MORNING.plus(Duration.ofHours(10))).build());

        assertThat(readings.read(MORNING).get(Channel.SMS)).isEqualTo(new QueueReading(1, Duration.ZERO));
    }
}
