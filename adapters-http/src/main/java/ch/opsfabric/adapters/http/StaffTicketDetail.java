package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.TicketDetail;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A ticket with its history: the ticket's fields, plus {@code events} oldest first. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record StaffTicketDetail(@JsonUnwrapped StaffTicket ticket, List<StaffTicketEvent> events) {

    static StaffTicketDetail of(TicketDetail detail) {
        return new StaffTicketDetail(StaffTicket.of(detail.view()),
                detail.events().stream().map(StaffTicketEvent::of).toList());
    }
}
