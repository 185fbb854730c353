package ch.opsfabric.application.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.fakes.DirectTransactions;
import ch.opsfabric.application.fakes.InMemoryStreamEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExpiringStreamEventsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    private static final UUID BUSINESS = UUID.fromString("0b6f2c1e-5d4a-4f3e-9a8b-7c6d5e4f3a2b");
    private static final UUID TICKET = UUID.fromString("7d1e0c2a-3b4f-4a5e-8c6d-1f2e3d4c5b6a");

    private final InMemoryStreamEvents events = new InMemoryStreamEvents();

    @Test
    void events_older_than_the_retention_are_deleted_and_younger_ones_kept() {
        events.commit(BUSINESS, TICKET, NOW.minus(Duration.ofHours(24)).minusSeconds(1));
        var kept = events.commit(BUSINESS, TICKET, NOW.minus(Duration.ofHours(24)));

        var deleted = expiry(Duration.ofHours(24)).expire();

        assertThat(deleted).isEqualTo(1);
        assertThat(events.of(BUSINESS)).containsExactly(kept);
    }

    @Test
    void a_retention_under_24_hours_is_refused() {
        assertThatThrownBy(() -> expiry(Duration.ofHours(23))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("24 hours");
    }

    private ExpireStreamEventsService expiry(Duration retention) {
        return new ExpireStreamEventsService(Clock.fixed(NOW, ZoneOffset.UTC), new DirectTransactions(), events,
                retention);
    }
}
