package ch.opsfabric.domain.ticket;

import static ch.opsfabric.domain.ticket.TicketFixture.CREATED_AT;
import static ch.opsfabric.domain.ticket.TicketFixture.LATER;
import static ch.opsfabric.domain.ticket.TicketFixture.aTicket;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** docs/domain-rules.md, Ticket lifecycle as the aggregate applies it: outcomes, events and the completion stamp. */
class MovingATicketTest {

    @Test
    void a_move_writes_a_status_changed_event_with_the_old_and_the_new_state() {
        var ticket = aTicket().withStatus(TicketStatus.NEW).build();

        var change = ticket.moveTo(TicketStatus.SCHEDULED, LATER);

        assertThat(change).isInstanceOfSatisfying(StatusChange.Moved.class, moved ->
                assertThat(moved.event()).isEqualTo(TicketEvent.of(ticket.id(), EventType.STATUS_CHANGED,
                        "NEW", "SCHEDULED", LATER)));
    }

    @Test
    void a_moved_ticket_has_the_new_state_and_was_updated_at_the_time_of_the_move() {
        var ticket = aTicket().withStatus(TicketStatus.NEEDS_CALLBACK).build();

        var change = ticket.moveTo(TicketStatus.IN_PROGRESS, LATER);

        assertThat(change).isInstanceOfSatisfying(StatusChange.Moved.class, moved -> {
            assertThat(moved.ticket().status()).isEqualTo(TicketStatus.IN_PROGRESS);
            assertThat(moved.ticket().updatedAt()).isEqualTo(LATER);
        });
    }

    @Test
    void a_move_changes_nothing_but_the_state_and_the_update_time() {
        var ticket = aTicket().withStatus(TicketStatus.NEW).build();

        var change = ticket.moveTo(TicketStatus.NEEDS_CALLBACK, LATER);

        assertThat(change).isInstanceOfSatisfying(StatusChange.Moved.class, moved ->
                assertThat(moved.ticket()).usingRecursiveComparison()
                        .ignoringFields("status", "updatedAt")
                        .isEqualTo(ticket));
    }

    @ParameterizedTest
    @EnumSource(TicketStatus.class)
    void moving_to_the_same_state_is_a_no_op_without_an_event(TicketStatus status) {
        var ticket = aTicket().withStatus(status).build();

        var change = ticket.moveTo(status, LATER);

        assertThat(change).isEqualTo(new StatusChange.Unchanged(ticket));
    }

    @Test
    void a_refused_move_is_returned_with_the_allowed_next_states_instead_of_thrown() {
        var ticket = aTicket().withStatus(TicketStatus.IN_PROGRESS).build();

        var change = ticket.moveTo(TicketStatus.NEW, LATER);

        assertThat(change).isEqualTo(new StatusChange.Refused(TicketStatus.IN_PROGRESS, TicketStatus.NEW,
                EnumSet.of(TicketStatus.SCHEDULED, TicketStatus.DONE, TicketStatus.CLOSED)));
    }

    @ParameterizedTest
    @EnumSource(value = TicketStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void a_closed_ticket_refuses_every_move_and_offers_no_way_out(TicketStatus target) {
        var ticket = aTicket().withStatus(TicketStatus.CLOSED).build();

        var change = ticket.moveTo(target, LATER);

        assertThat(change).isEqualTo(new StatusChange.Refused(TicketStatus.CLOSED, target, EnumSet.noneOf(TicketStatus.class)));
    }

    @ParameterizedTest
    @EnumSource(value = TicketStatus.class, names = {"NEW", "NEEDS_CALLBACK", "SCHEDULED", "IN_PROGRESS"})
    void entering_done_stamps_job_completed_at_with_the_time_of_the_move(TicketStatus from) {
        var ticket = aTicket().withStatus(from).build();

        var change = ticket.moveTo(TicketStatus.DONE, LATER);

        assertThat(change).isInstanceOfSatisfying(StatusChange.Moved.class, moved ->
                assertThat(moved.ticket().jobCompletedAt()).isEqualTo(LATER));
    }

    @Test
    void job_completed_at_is_stamped_only_the_first_time_done_is_entered() {
        var firstCompletion = CREATED_AT.plus(Duration.ofDays(1));
        // No legal move leads out of DONE but to CLOSED, so such a ticket can only come from the store.
        var completedBefore = aTicket().withStatus(TicketStatus.IN_PROGRESS)
                .withJobCompletedAt(firstCompletion).build();

        var change = completedBefore.moveTo(TicketStatus.DONE, firstCompletion.plus(Duration.ofDays(7)));

        assertThat(change).isInstanceOfSatisfying(StatusChange.Moved.class, moved ->
                assertThat(moved.ticket().jobCompletedAt()).isEqualTo(firstCompletion));
    }

    @Test
    void closing_a_done_ticket_keeps_its_completion_time() {
        var completedAt = CREATED_AT.plus(Duration.ofHours(5));
        var done = aTicket().withStatus(TicketStatus.DONE).withJobCompletedAt(completedAt).build();

        var change = done.moveTo(TicketStatus.CLOSED, completedAt.plus(Duration.ofDays(3)));

        assertThat(change).isInstanceOfSatisfying(StatusChange.Moved.class, moved ->
                assertThat(moved.ticket().jobCompletedAt()).isEqualTo(completedAt));
    }

    @ParameterizedTest
    @EnumSource(value = TicketStatus.class, names = {"NEEDS_CALLBACK", "SCHEDULED", "IN_PROGRESS", "CLOSED"})
    void a_move_to_any_state_but_done_leaves_job_completed_at_unset(TicketStatus target) {
        var ticket = aTicket().withStatus(TicketStatus.NEW).build();

        var change = ticket.moveTo(target, LATER);

        assertThat(change).isInstanceOfSatisfying(StatusChange.Moved.class, moved ->
                assertThat(moved.ticket().jobCompletedAt()).isNull());
    }
}
