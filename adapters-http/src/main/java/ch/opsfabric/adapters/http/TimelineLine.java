package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.TimelineEntry;
import ch.opsfabric.domain.people.StaffMember;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.time.GermanTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** One entry of the detail page's timeline: when, who, what, and a note's or a message's text. */
record TimelineLine(String kind, String at, String actor, String label, String change, String text) {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.ROOT);

    static TimelineLine of(TimelineEntry entry, ZoneId zone, Map<UUID, StaffMember> people) {
        var event = entry.event();
        var channel = entry.channel().map(code -> "sms".equals(code) ? "SMS" : "E-Mail");
        var delivery = entry.deliveryStatus() == null ? "" : " · " + entry.deliveryStatus();
        var change = switch (event.type()) {
            case STATUS_CHANGED -> status(event.oldValue()) + " → " + status(event.newValue());
            case URGENCY_CHANGED -> event.oldValue() + " → " + event.newValue();
            case ASSIGNMENT_CHANGED -> event.newValue() == null ? "niemand"
                    : WorkspaceLabels.staffName(event.newValue(), people);
            case APPOINTMENT_CHANGED -> appointment(event.newValue(), zone);
            case MESSAGE_SENT, MESSAGE_RECEIVED -> channel.orElse("") + delivery;
            default -> null;
        };
        return new TimelineLine(entry.kind().name().toLowerCase(Locale.ROOT), AT.format(event.at().atZone(zone)),
                WorkspaceLabels.actor(event.actor(), people), WorkspaceLabels.event(event.type()), change,
                entry.text().orElse(null));
    }

    private static String appointment(String instant, ZoneId zone) {
        try {
            return instant == null ? "keiner" : GermanTime.appointment(Instant.parse(instant), zone);
        } catch (DateTimeException unreadable) {
            return instant;
        }
    }

    private static String status(String name) {
        if (name == null) {
            return "–";
        }
        try {
            return WorkspaceLabels.STATUS.get(TicketStatus.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return name;
        }
    }
}
