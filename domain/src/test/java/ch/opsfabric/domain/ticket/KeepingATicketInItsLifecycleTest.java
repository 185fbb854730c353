package ch.opsfabric.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A DONE ticket always knows when its job was completed, whether it is built or read back from storage. */
class KeepingATicketInItsLifecycleTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final Instant CREATED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant LAST_CHANGE = Instant.parse("2026-03-04T16:30:00Z");
    private static final Instant COMPLETED = Instant.parse("2026-03-04T15:00:00Z");

    @Test
    void a_done_ticket_cannot_be_built_without_the_time_its_job_was_completed() {
        assertThatThrownBy(() -> ticket(TicketStatus.DONE, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DONE");
    }

    @Test
    void a_closed_ticket_may_or_may_not_have_been_done_first() {
        assertThat(ticket(TicketStatus.CLOSED, null).jobCompletedAt()).isNull();
        assertThat(ticket(TicketStatus.CLOSED, COMPLETED).jobCompletedAt()).isEqualTo(COMPLETED);
    }

    @Test
    void a_stored_done_ticket_without_a_completion_time_reads_as_completed_at_its_last_change() {
        assertThat(stored(TicketStatus.DONE, null).jobCompletedAt()).isEqualTo(LAST_CHANGE);
    }

    @Test
    void a_stored_done_ticket_keeps_the_completion_time_it_has() {
        assertThat(stored(TicketStatus.DONE, COMPLETED).jobCompletedAt()).isEqualTo(COMPLETED);
    }

    @Test
    void moving_a_stored_legacy_done_ticket_to_closed_keeps_its_completion_time() {
        var closed = (StatusChange.Moved) stored(TicketStatus.DONE, null).moveTo(TicketStatus.CLOSED,
                LAST_CHANGE.plusSeconds(3600));

        assertThat(closed.ticket().jobCompletedAt()).isEqualTo(LAST_CHANGE);
    }

    private static Ticket ticket(TicketStatus status, Instant jobCompletedAt) {
        return new Ticket(ID, CUSTOMER, TicketSource.WIZARD, status, null, Urgency.MED,
                Contact.of("Anna Muster", null, "anna@example.ch"), "", Map.of(), null, CREATED, LAST_CHANGE, null,
                jobCompletedAt);
    }

    private static Ticket stored(TicketStatus status, Instant jobCompletedAt) {
        return Ticket.reconstitute(ID, CUSTOMER, TicketSource.WIZARD, status, null, Urgency.MED,
                Contact.of("Anna Muster", null, "anna@example.ch"), "", Map.of(), null, CREATED, LAST_CHANGE, null,
                jobCompletedAt);
    }
}
