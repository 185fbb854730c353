package ch.opsfabric.domain.ticket;

import static ch.opsfabric.domain.ticket.TicketStatus.CLOSED;
import static ch.opsfabric.domain.ticket.TicketStatus.DONE;
import static ch.opsfabric.domain.ticket.TicketStatus.IN_PROGRESS;
import static ch.opsfabric.domain.ticket.TicketStatus.NEEDS_CALLBACK;
import static ch.opsfabric.domain.ticket.TicketStatus.NEW;
import static ch.opsfabric.domain.ticket.TicketStatus.SCHEDULED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/domain-rules.md, Ticket lifecycle, over every pair of states. */
class TicketStatusTest {

    /**
     * The lifecycle order as docs/domain-rules.md, Ticket lifecycle writes it, independent of the enum's declaration
     * order.
     */
    private static final List<TicketStatus> SPEC_ORDER =
            List.of(NEW, NEEDS_CALLBACK, SCHEDULED, IN_PROGRESS, DONE, CLOSED);

    private static final Set<List<TicketStatus>> PERMITTED_BACKWARD_MOVES =
            Set.of(List.of(SCHEDULED, NEEDS_CALLBACK), List.of(IN_PROGRESS, SCHEDULED));

    static Stream<Arguments> forwardMoves() {
        return pairs(true).stream().map(pair -> arguments(pair.get(0), pair.get(1)));
    }

    static Stream<Arguments> backwardMovesOtherThanTheTwoPermitted() {
        return pairs(false).stream()
                .filter(pair -> !PERMITTED_BACKWARD_MOVES.contains(pair))
                .map(pair -> arguments(pair.get(0), pair.get(1)));
    }

    static Stream<Arguments> permittedBackwardMoves() {
        return PERMITTED_BACKWARD_MOVES.stream().map(pair -> arguments(pair.get(0), pair.get(1)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("forwardMoves")
    void every_forward_move_is_allowed_even_when_it_skips_states(TicketStatus from, TicketStatus to) {
        assertThat(from.canMoveTo(to)).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("backwardMovesOtherThanTheTwoPermitted")
    void a_backward_move_is_refused(TicketStatus from, TicketStatus to) {
        assertThat(from.canMoveTo(to)).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("permittedBackwardMoves")
    void a_cancelled_appointment_and_a_follow_up_appointment_may_go_back(TicketStatus from, TicketStatus to) {
        assertThat(from.canMoveTo(to)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = TicketStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void any_open_state_may_close(TicketStatus from) {
        assertThat(from.canMoveTo(CLOSED)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TicketStatus.class)
    void every_state_has_its_row_in_the_table_of_moves(TicketStatus status) {
        assertThat(status.allowedNext()).isNotNull().doesNotContain(status);
    }

    @Test
    void closed_is_final() {
        assertThat(CLOSED.allowedNext()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TicketStatus.class)
    void no_state_counts_staying_put_as_a_move(TicketStatus status) {
        assertThat(status.canMoveTo(status)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TicketStatus.class)
    void open_means_work_still_to_do_so_done_and_closed_are_not_open(TicketStatus status) {
        assertThat(status.isOpen()).isEqualTo(status != DONE && status != CLOSED);
    }

    /** All ordered pairs of distinct states, forward (later in the lifecycle order) or backward. */
    private static List<List<TicketStatus>> pairs(boolean forward) {
        var pairs = new ArrayList<List<TicketStatus>>();
        for (int from = 0; from < SPEC_ORDER.size(); from++) {
            for (int to = 0; to < SPEC_ORDER.size(); to++) {
                if (forward ? to > from : to < from) {
                    pairs.add(List.of(SPEC_ORDER.get(from), SPEC_ORDER.get(to)));
                }
            }
        }
        return pairs;
    }
}
