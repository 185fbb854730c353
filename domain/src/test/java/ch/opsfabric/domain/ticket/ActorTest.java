package ch.opsfabric.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Actor: every log entry names who caused it as staff:<id>, token:<name>, customer or system. */
class ActorTest {

    private static final UUID ANNA = UUID.fromString("0b7e0000-0000-4000-8000-0000000a4a4a");

    @Test
    void each_kind_of_actor_is_written_as_the_log_shows_it() {
        assertThat(Actor.staff(ANNA).code()).isEqualTo("staff:" + ANNA);
        assertThat(Actor.token("kasse").code()).isEqualTo("token:kasse");
        assertThat(Actor.CUSTOMER.code()).isEqualTo("customer");
        assertThat(Actor.SYSTEM.code()).isEqualTo("system");
    }

    @Test
    void a_written_actor_reads_back_as_the_same_actor() {
        for (var actor : new Actor[] {Actor.staff(ANNA), Actor.token("app:zürich"), Actor.CUSTOMER, Actor.SYSTEM}) {
            assertThat(Actor.fromCode(actor.code())).isEqualTo(actor);
        }
    }

    @Test
    void staff_and_tokens_need_a_reference_and_the_others_take_none() {
        assertThatThrownBy(() -> new Actor(Actor.Kind.STAFF, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor(Actor.Kind.TOKEN, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor(Actor.Kind.SYSTEM, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_entry_is_the_services_own_until_a_use_case_names_who_did_it() {
        var event = TicketEvent.of(ANNA, EventType.STATUS_CHANGED, "NEW", "DONE", java.time.Instant.EPOCH);

        assertThat(event.actor()).isEqualTo(Actor.SYSTEM);
        assertThat(event.by(Actor.CUSTOMER).actor()).isEqualTo(Actor.CUSTOMER);
    }
}
