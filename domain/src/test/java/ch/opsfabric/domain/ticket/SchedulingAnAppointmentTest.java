package ch.opsfabric.domain.ticket;

import static ch.opsfabric.domain.ticket.AppointmentPolicy.appointmentAfter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.domain.InvalidValue;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** AppointmentPolicy: a scheduled ticket has a time, a cancelled appointment is dropped, a visit stays on record. */
class SchedulingAnAppointmentTest {

    private static final Instant TUESDAY = Instant.parse("2026-11-24T13:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2026-11-25T13:00:00Z");

    @Test
    void becoming_scheduled_takes_the_time_given() {
        assertThat(appointmentAfter(TicketStatus.NEW, TicketStatus.SCHEDULED, null, Optional.of(TUESDAY)))
                .isEqualTo(TUESDAY);
    }

    @Test
    void becoming_scheduled_without_a_time_is_refused_naming_scheduled_at() {
        assertThatThrownBy(() -> appointmentAfter(TicketStatus.IN_PROGRESS, TicketStatus.SCHEDULED, TUESDAY,
                Optional.empty())).isInstanceOfSatisfying(InvalidValue.class, invalid ->
                        assertThat(invalid.field()).isEqualTo("scheduled_at"));
    }

    @Test
    void a_scheduled_ticket_may_move_its_appointment_or_keep_it() {
        assertThat(appointmentAfter(TicketStatus.SCHEDULED, TicketStatus.SCHEDULED, TUESDAY, Optional.of(WEDNESDAY)))
                .isEqualTo(WEDNESDAY);
        assertThat(appointmentAfter(TicketStatus.SCHEDULED, TicketStatus.SCHEDULED, TUESDAY, Optional.empty()))
                .isEqualTo(TUESDAY);
    }

    @Test
    void back_to_needs_callback_is_the_cancelled_appointment() {
        assertThat(appointmentAfter(TicketStatus.SCHEDULED, TicketStatus.NEEDS_CALLBACK, TUESDAY, Optional.empty()))
                .isNull();
    }

    @Test
    void going_on_to_work_keeps_the_appointment_as_the_record_of_the_visit() {
        assertThat(appointmentAfter(TicketStatus.SCHEDULED, TicketStatus.IN_PROGRESS, TUESDAY, Optional.empty()))
                .isEqualTo(TUESDAY);
        assertThat(appointmentAfter(TicketStatus.IN_PROGRESS, TicketStatus.DONE, TUESDAY, Optional.empty()))
                .isEqualTo(TUESDAY);
    }

    @Test
    void a_time_for_a_ticket_that_is_not_scheduled_is_refused() {
        assertThatThrownBy(() -> appointmentAfter(TicketStatus.NEW, TicketStatus.IN_PROGRESS, null,
                Optional.of(TUESDAY))).isInstanceOf(InvalidValue.class);
    }
}
