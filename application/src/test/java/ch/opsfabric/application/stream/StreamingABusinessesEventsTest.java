package ch.opsfabric.application.stream;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.fakes.DirectTransactions;
import ch.opsfabric.application.fakes.InMemoryStreamEvents;
import ch.opsfabric.application.fixtures.TenantFixture;
import ch.opsfabric.application.port.in.StreamClient;
import ch.opsfabric.application.port.in.StreamOpening;
import ch.opsfabric.application.port.out.StreamEvent;
import ch.opsfabric.domain.tenant.Tenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StreamingABusinessesEventsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final UUID TICKET = UUID.fromString("7d1e0c2a-3b4f-4a5e-8c6d-1f2e3d4c5b6a");
    private static final int MAXIMUM = 3;
    private static final int REPLAY_LIMIT = 5;

    private final InMemoryStreamEvents events = new InMemoryStreamEvents();
    private final StreamHub hub = new StreamHub(new DirectTransactions(), events, MAXIMUM, REPLAY_LIMIT);
    private final Tenant doerfler = TenantFixture.aTenant().build();
    private final Tenant brunner = TenantFixture.aTenant().withId(UUID.randomUUID()).withSlug("brunner").build();

    @Test
    void a_client_gets_each_event_committed_after_it_opened_once_and_in_order() {
        commit(doerfler, 2);
        var client = new RecordingClient(100);
        opened(hub.open(doerfler, OptionalLong.empty(), client));

        commit(doerfler, 3);
        hub.committed(Set.of(doerfler.id()));
        hub.committed(Set.of(doerfler.id()));

        assertThat(client.sequences()).containsExactly(3L, 4L, 5L);
    }

    @Test
    void a_client_resuming_after_an_id_gets_what_came_after_it_and_then_live_events() {
        commit(doerfler, 4);
        var client = new RecordingClient(100);
        opened(hub.open(doerfler, OptionalLong.of(2), client));
        commit(doerfler, 1);
        hub.committed(Set.of(doerfler.id()));

        assertThat(client.sequences()).containsExactly(3L, 4L, 5L);
        assertThat(client.disconnected).isFalse();
    }

    @Test
    void a_client_that_resumed_past_what_the_others_were_sent_gets_those_events_once() {
        var watching = new RecordingClient(100);
        opened(hub.open(doerfler, OptionalLong.empty(), watching));
        commit(doerfler, 2);
        var resuming = new RecordingClient(100);
        opened(hub.open(doerfler, OptionalLong.of(0), resuming));

        hub.committed(Set.of(doerfler.id()));

        assertThat(resuming.sequences()).containsExactly(1L, 2L);
        assertThat(watching.sequences()).containsExactly(1L, 2L);
    }

    @Test
    void a_last_event_id_the_business_never_reached_resumes_from_its_latest_event() {
        commit(doerfler, 2);
        var client = new RecordingClient(100);
        opened(hub.open(doerfler, OptionalLong.of(99), client));

        commit(doerfler, 1);
        hub.committed(Set.of(doerfler.id()));

        assertThat(client.sequences()).containsExactly(3L);
    }

    @Test
    void a_resume_beyond_the_replay_limit_sends_that_many_and_disconnects_so_the_client_resumes_from_there() {
        commit(doerfler, REPLAY_LIMIT + 3);
        var client = new RecordingClient(100);
        opened(hub.open(doerfler, OptionalLong.of(0), client));

        assertThat(client.sequences()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(client.finished).as("ended after what it holds").isTrue();
        assertThat(client.disconnected).isFalse();
        assertThat(hub.openStreams()).isZero();

        var again = new RecordingClient(100);
        opened(hub.open(doerfler, OptionalLong.of(5), again));
        assertThat(again.sequences()).containsExactly(6L, 7L, 8L);
        assertThat(again.finished).isFalse();
    }

    @Test
    void a_client_whose_buffer_is_full_is_disconnected_and_the_others_keep_receiving() {
        var stalled = new RecordingClient(2);
        var reading = new RecordingClient(100);
        opened(hub.open(doerfler, OptionalLong.empty(), stalled));
        opened(hub.open(doerfler, OptionalLong.empty(), reading));

        commit(doerfler, 4);
        hub.committed(Set.of(doerfler.id()));
        commit(doerfler, 1);
        hub.committed(Set.of(doerfler.id()));

        assertThat(stalled.sequences()).containsExactly(1L, 2L);
        assertThat(stalled.disconnected).isTrue();
        assertThat(reading.sequences()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(hub.openStreams()).isEqualTo(1);
    }

    @Test
    void a_client_never_gets_another_business_s_events() {
        var client = new RecordingClient(100);
        opened(hub.open(doerfler, OptionalLong.of(0), client));

        commit(brunner, 3);
        hub.committed(Set.of(brunner.id()));
        hub.mayHaveMissed();

        assertThat(client.received).isEmpty();
    }

    @Test
    void news_that_may_have_been_missed_makes_every_business_read_what_it_has_not() {
        var ours = new RecordingClient(100);
        var theirs = new RecordingClient(100);
        opened(hub.open(doerfler, OptionalLong.empty(), ours));
        opened(hub.open(brunner, OptionalLong.empty(), theirs));
        commit(doerfler, 1);
        commit(brunner, 2);

        hub.mayHaveMissed();

        assertThat(ours.sequences()).containsExactly(1L);
        assertThat(theirs.sequences()).containsExactly(1L, 2L);
    }

    @Test
    void beyond_the_maximum_a_stream_is_refused_and_a_closed_one_frees_its_place() {
        var streams = new ArrayList<StreamOpening.Opened>();
        for (int i = 0; i < MAXIMUM; i++) {
            streams.add(opened(hub.open(i % 2 == 0 ? doerfler : brunner, OptionalLong.empty(), new RecordingClient(1))));
        }

        assertThat(hub.open(doerfler, OptionalLong.empty(), new RecordingClient(1)))
                .isEqualTo(new StreamOpening.AtCapacity(MAXIMUM));

        streams.getFirst().close();
        streams.getFirst().close();
        assertThat(hub.openStreams()).isEqualTo(MAXIMUM - 1);
        assertThat(hub.open(doerfler, OptionalLong.empty(), new RecordingClient(1)))
                .isInstanceOf(StreamOpening.Opened.class);
    }

    @Test
    void a_closed_stream_gets_nothing_more() {
        var client = new RecordingClient(100);
        var stream = opened(hub.open(doerfler, OptionalLong.empty(), client));
        stream.close();

        commit(doerfler, 1);
        hub.committed(Set.of(doerfler.id()));
        hub.keepAlive();

        assertThat(client.received).isEmpty();
        assertThat(client.keepAlives).isZero();
    }

    @Test
    void keep_alive_reaches_every_open_stream_and_disconnects_one_that_cannot_take_it() {
        var full = new RecordingClient(0);
        var reading = new RecordingClient(100);
        opened(hub.open(doerfler, OptionalLong.empty(), full));
        opened(hub.open(brunner, OptionalLong.empty(), reading));

        hub.keepAlive();

        assertThat(reading.keepAlives).isEqualTo(1);
        assertThat(full.disconnected).isTrue();
        assertThat(hub.openStreams()).isEqualTo(1);
    }

    private void commit(Tenant tenant, int count) {
        for (int i = 0; i < count; i++) {
            events.commit(tenant.id(), TICKET, NOW);
        }
    }

    private static StreamOpening.Opened opened(StreamOpening opening) {
        assertThat(opening).isInstanceOf(StreamOpening.Opened.class);
        return (StreamOpening.Opened) opening;
    }

    /** A client with a buffer of {@code capacity} entries that nobody drains. */
    private static final class RecordingClient implements StreamClient {

        private final int capacity;
        private final List<StreamEvent> received = new ArrayList<>();
        private int keepAlives;
        private boolean disconnected;
        private boolean finished;

        RecordingClient(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public boolean offer(StreamEvent event) {
            if (received.size() + keepAlives >= capacity) {
                return false;
            }
            received.add(event);
            return true;
        }

        @Override
        public boolean offerKeepAlive() {
            if (received.size() + keepAlives >= capacity) {
                return false;
            }
            keepAlives++;
            return true;
        }

        @Override
        public void finish() {
            finished = true;
        }

        @Override
        public void disconnect() {
            disconnected = true;
        }

        List<Long> sequences() {
            return received.stream().map(StreamEvent::sequence).toList();
        }
    }
}
