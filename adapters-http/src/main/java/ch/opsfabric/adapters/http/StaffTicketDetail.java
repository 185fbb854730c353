package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.TicketDetail;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A ticket with its history: the ticket's fields, {@code events} (its log as written) and {@code timeline}
 * (the same log read as notes, messages and events, with each SMS's delivery), both oldest first.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record StaffTicketDetail(@JsonUnwrapped StaffTicket ticket, List<StaffTicketEvent> events,
                         List<StaffTimelineEntry> timeline) {

    static StaffTicketDetail of(TicketDetail detail) {
        return new StaffTicketDetail(StaffTicket.of(detail.view()),
                detail.events().stream().map(StaffTicketEvent::of).toList(),
                detail.timeline().stream().map(StaffTimelineEntry::of).toList());
    }
}
