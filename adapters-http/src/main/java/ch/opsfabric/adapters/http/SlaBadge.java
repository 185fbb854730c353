package ch.opsfabric.adapters.http;

import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.time.SlaCalculator;
import java.time.Duration;
import java.time.Instant;

/**
 * The SLA badge of a ticket nobody answered yet (still NEW): the time left until its deadline, amber ("warn") once
 * the business's SLA warning is due (docs/domain-rules.md, SLA warning), red ("overdue") past the deadline.
 *
 * @param level "ok", "warn" or "overdue"
 */
record SlaBadge(String text, String level) {

    static SlaBadge of(Ticket ticket, Tenant tenant, SlaCalculator sla, Instant now) {
        var deadline = ticket.slaDeadline();
        if (deadline == null || ticket.status() != TicketStatus.NEW) {
            return null;
        }
        if (now.isAfter(deadline)) {
            return new SlaBadge("überfällig seit " + span(Duration.between(deadline, now)), "overdue");
        }
        var warned = sla.warningAt(ticket.createdAt(), tenant.profile().slaPolicy(),
                        tenant.profile().sla().warningMinutes())
                .filter(at -> !at.isAfter(now)).isPresent();
        return new SlaBadge("noch " + span(Duration.between(now, deadline)), warned ? "warn" : "ok");
    }

    private static String span(Duration duration) {
        var minutes = Math.max(1, duration.toMinutes());
        if (minutes < 60) {
            return minutes + " Min.";
        }
        if (minutes < 48 * 60) {
            return (minutes / 60) + " Std. " + (minutes % 60) + " Min.";
        }
        return (minutes / (24 * 60)) + " Tage";
    }
}
