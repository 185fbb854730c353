package ch.opsfabric.domain.ticket;

import static java.util.Collections.unmodifiableMap;
import static java.util.Collections.unmodifiableSet;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a ticket stands, and where it may go from there. The moves are written out in
 * {@link #ALLOWED_MOVES} rather than derived from the order the states are declared in, so
 * reordering or adding a state cannot silently allow a move: work goes forward and may skip
 * states; the only ways back are a cancelled appointment ({@code SCHEDULED → NEEDS_CALLBACK})
 * and a follow-up appointment ({@code IN_PROGRESS → SCHEDULED}); any state but {@code CLOSED}
 * may close; closed is final.
 */
public enum TicketStatus {
    NEW, NEEDS_CALLBACK, SCHEDULED, IN_PROGRESS, DONE, CLOSED;

    /** From each state, the states it may move to. Staying put is no move, so no row names its own state. */
    private static final Map<TicketStatus, Set<TicketStatus>> ALLOWED_MOVES = unmodifiableMap(new EnumMap<>(Map.of(
            NEW,            moves(NEEDS_CALLBACK, SCHEDULED, IN_PROGRESS, DONE, CLOSED),
            NEEDS_CALLBACK, moves(SCHEDULED, IN_PROGRESS, DONE, CLOSED),
            SCHEDULED,      moves(NEEDS_CALLBACK /* appointment cancelled */, IN_PROGRESS, DONE, CLOSED),
            IN_PROGRESS,    moves(SCHEDULED /* follow-up appointment */, DONE, CLOSED),
            DONE,           moves(CLOSED),
            CLOSED,         moves())));

    /**
     * Whether work is still to do, so a same-day repeat joins this ticket. A {@code DONE} job is
     * finished: a new request then opens a ticket of its own instead of hiding inside the old one.
     */
    public boolean isOpen() {
        return this != DONE && this != CLOSED;
    }

    /** The states this one may move to; never contains itself, since staying put is no move. */
    public Set<TicketStatus> allowedNext() {
        return ALLOWED_MOVES.get(this);
    }

    public boolean canMoveTo(TicketStatus target) {
        return allowedNext().contains(target);
    }

    private static Set<TicketStatus> moves(TicketStatus... targets) {
        var set = EnumSet.noneOf(TicketStatus.class);
        set.addAll(List.of(targets));
        return unmodifiableSet(set);
    }
}
