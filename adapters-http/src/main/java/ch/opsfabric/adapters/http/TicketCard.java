package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.out.TicketView;
import ch.opsfabric.domain.people.StaffMember;
import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.time.GermanTime;
import ch.opsfabric.domain.time.SlaCalculator;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A ticket as the list and the head of the detail page show it, every value already in German. */
record TicketCard(UUID id, String status, String statusLabel, String urgency, String urgencyLabel,
                  String sourceLabel, String contact, String phone, String tel, String email, String summary,
                  String created, String appointment, String assignee, SlaBadge sla) {

    static TicketCard of(TicketView view, Tenant tenant, Map<UUID, StaffMember> people, NumberingPlan numbers,
                         SlaCalculator sla, Instant now) {
        var ticket = view.ticket();
        var zone = tenant.profile().timezone();
        var phone = ticket.contact().phone();
        return new TicketCard(ticket.id(), ticket.status().name(), WorkspaceLabels.STATUS.get(ticket.status()),
                ticket.urgency().name(), WorkspaceLabels.URGENCY.get(ticket.urgency()),
                WorkspaceLabels.SOURCE.get(ticket.source()),
                ticket.contact().name().or(() -> phone.map(numbers::forDisplay)).orElse("Unbekannt"),
                phone.map(numbers::forDisplay).orElse(null), phone.map(number -> "tel:" + number.e164()).orElse(null),
                ticket.contact().email().orElse(null), ticket.summary(),
                GermanTime.deadline(ticket.createdAt(), now, zone),
                Optional.ofNullable(view.scheduledAt()).map(at -> GermanTime.appointment(at, zone)).orElse(null),
                Optional.ofNullable(view.assignedTo()).map(id -> WorkspaceLabels.staffName(id.toString(), people))
                        .orElse(null),
                SlaBadge.of(ticket, tenant, sla, now));
    }

    /** The summary's first 140 characters, for the list. */
    public String teaser() {
        return summary.length() <= 140 ? summary : summary.substring(0, 139) + "…";
    }
}
