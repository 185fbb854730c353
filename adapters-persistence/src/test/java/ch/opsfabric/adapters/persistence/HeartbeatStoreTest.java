package ch.opsfabric.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.HeartbeatPort;
import ch.opsfabric.testsupport.Rows;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code service_heartbeats}: a minute is noted once, however many instances note it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeartbeatStoreTest implements TestPropertyProvider {

    private static final Instant MIDNIGHT = Instant.parse("2026-11-30T23:00:00Z");

    @Inject
    HeartbeatPort heartbeats;

    @Inject
    Rows rows;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Test
    void minutes_are_noted_once_and_counted_within_the_range_with_the_first_ever() {
        assertThat(heartbeats.answered(MIDNIGHT, MIDNIGHT.plusSeconds(3600)).first()).isEmpty();

        heartbeats.beat(MIDNIGHT.minusSeconds(60));
        heartbeats.beat(MIDNIGHT);
        heartbeats.beat(MIDNIGHT);
        heartbeats.beat(MIDNIGHT.plusSeconds(60));
        heartbeats.beat(MIDNIGHT.plusSeconds(120));

        assertThat(rows.count("SELECT count(*) FROM service_heartbeats")).isEqualTo(4);
        var answered = heartbeats.answered(MIDNIGHT, MIDNIGHT.plusSeconds(120));
        assertThat(answered.minutes()).isEqualTo(2);
        assertThat(answered.first()).contains(MIDNIGHT.minusSeconds(60));
    }
}
