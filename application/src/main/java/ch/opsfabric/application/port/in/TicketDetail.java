package ch.opsfabric.application.port.in;

import ch.opsfabric.application.port.out.TicketView;
import ch.opsfabric.domain.ticket.TicketEvent;
import java.util.List;
import java.util.Objects;

/** One ticket with its whole history, oldest entry first. */
public record TicketDetail(TicketView view, List<TimelineEntry> timeline) {

    public TicketDetail {
        Objects.requireNonNull(view, "view");
        timeline = List.copyOf(timeline);
    }

    /** The audit log alone, as it was written. */
    public List<TicketEvent> events() {
        return timeline.stream().map(TimelineEntry::event).toList();
    }
}
