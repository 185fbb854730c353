package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.ticket.Urgency;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Which tickets a list holds, resolved to instants. An empty set lets every value through.
 *
 * @param createdFrom   inclusive, null for no lower bound
 * @param createdBefore exclusive, null for no upper bound
 * @param assignee      whose tickets; {@link AssigneeFilter#ANYONE} when null
 */
public record TicketFilter(Set<TicketStatus> statuses, Set<Urgency> urgencies, Set<TicketSource> sources,
                           Instant createdFrom, Instant createdBefore, Optional<SearchTerm> search,
                           AssigneeFilter assignee) {

    public TicketFilter {
        assignee = assignee == null ? AssigneeFilter.ANYONE : assignee;
        statuses = Set.copyOf(statuses);
        urgencies = Set.copyOf(urgencies);
        sources = Set.copyOf(sources);
        search = search == null ? Optional.empty() : search;
    }

    public static TicketFilter everything() {
        return new TicketFilter(Set.of(), Set.of(), Set.of(), null, null, Optional.empty(), AssigneeFilter.ANYONE);
    }
}
