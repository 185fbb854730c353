package ch.opsfabric.application.escalation;

import ch.opsfabric.application.email.BusinessInbox;
import ch.opsfabric.application.port.in.WarnBeforeDeadlineUseCase;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.SlaWarningPort;
import ch.opsfabric.application.port.out.ActiveMemberPort;
import ch.opsfabric.application.port.out.ActiveMemberPort.ActiveMember;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.TicketEvent;
import ch.opsfabric.domain.time.SlaCalculator;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A ticket still unanswered (NEW, no message to the customer) when only the business's
 * {@code sla_warning_minutes} of SLA time are left gets exactly one {@code sla_warning} event and one
 * e-mail, to its assignee or else the business's inbox. SLA time pauses at night, on paused weekends
 * and on holidays, so the moment always falls in the business's working time. The claim (a database
 * fact: {@code tickets.sla_warned_at}), the e-mail and the event are one transaction, so a warning is
 * neither lost nor sent twice, whatever the number of instances.
 */
public final class SlaWarningService implements WarnBeforeDeadlineUseCase {

    static final int BATCH_SIZE = 200;

    private final Clock clock;
    private final Transactions transactions;
    private final SlaWarningPort warnings;
    private final LoadTenantPort tenants;
    private final ActiveMemberPort members;
    private final BusinessInbox inbox;
    private final TicketEventPort events;
    private final SlaCalculator sla;

    public SlaWarningService(Clock clock, Transactions transactions, SlaWarningPort warnings, LoadTenantPort tenants,
                             ActiveMemberPort members, BusinessInbox inbox, TicketEventPort events,
                             SlaCalculator sla) {
        this.clock = clock;
        this.transactions = transactions;
        this.warnings = warnings;
        this.tenants = tenants;
        this.members = members;
        this.inbox = inbox;
        this.events = events;
        this.sla = sla;
    }

    @Override
    public int warnDue() {
        var now = clock.instant();
        var warned = 0;
        for (var tenantId : warnings.tenantsWithUnwarned(now)) {
            var tenant = tenants.byId(tenantId)
                    .orElseThrow(() -> new IllegalStateException("tickets without tenant: " + tenantId));
            if (tenant.profile().sla().warningMinutes() > 0) {
                warned += transactions.forTenant(tenantId, () -> warnBatch(tenant, now));
            }
        }
        return warned;
    }

    private int warnBatch(Tenant tenant, Instant now) {
        var policy = tenant.profile().slaPolicy();
        var minutes = tenant.profile().sla().warningMinutes();
        var warned = 0;
        for (var unanswered : warnings.unanswered(tenant.id(), now, BATCH_SIZE)) {
            var ticket = unanswered.ticket();
            var due = sla.warningAt(ticket.createdAt(), policy, minutes).filter(at -> !at.isAfter(now));
            if (due.isEmpty() || !warnings.claimWarning(tenant.id(), ticket.id(), now)) {
                continue;
            }
            var assignee = Optional.ofNullable(unanswered.assignedTo())
                    .flatMap(staffMember -> members.activeMember(tenant.id(), staffMember));
            inbox.slaWarning(tenant, ticket, assignee.map(ActiveMember::email), now);
            events.append(tenant.id(), new TicketEvent(ticket.id(), EventType.SLA_WARNING, null,
                    ticket.slaDeadline().toString(), Map.of("minutes_left", minutes,
                    "to", assignee.map(member -> "staff:" + member.id()).orElse("business")), now));
            warned++;
        }
        return warned;
    }
}
