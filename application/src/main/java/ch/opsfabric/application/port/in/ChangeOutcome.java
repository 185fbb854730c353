package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.ticket.TicketStatus;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What became of a staff change: applied (possibly changing nothing), or refused by the state machine. */
public sealed interface ChangeOutcome {

    record Applied(TicketDetail detail) implements ChangeOutcome {
    }

    /** Nothing was written; {@code allowed} are the states the ticket may move to from where it is. */
    record Refused(TicketStatus from, TicketStatus to, Set<TicketStatus> allowed) implements ChangeOutcome {

        public Refused {
            // Kept in lifecycle order, so the answer lists them as staff read the workflow.
            allowed = allowed.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(allowed));
        }
    }
}
