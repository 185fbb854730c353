package ch.opsfabric.domain.ticket;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket stands. Work moves forward along the declaration order and may skip states;
 * the only ways back are a cancelled appointment ({@code SCHEDULED → NEEDS_CALLBACK}) and a
 * follow-up appointment ({@code IN_PROGRESS → SCHEDULED}). Any state but {@code CLOSED} may close;
 * closed is final.
 */
public enum TicketStatus {
    NEW, NEEDS_CALLBACK, SCHEDULED, IN_PROGRESS, DONE, CLOSED;

    /**
     * Whether work is still to do, so a same-day repeat joins this ticket. A {@code DONE} job is
     * finished: a new request then opens a ticket of its own instead of hiding inside the old one.
     */
    public boolean isOpen() {
        return this != DONE && this != CLOSED;
    }

    /** The states this one may move to; never contains itself, since staying put is no move. */
    public Set<TicketStatus> allowedNext() {
        var next = EnumSet.noneOf(TicketStatus.class);
        if (this == CLOSED) {
            return next;
        }
        for (var candidate : values()) {
            if (candidate.ordinal() > ordinal()) {
                next.add(candidate);
            }
        }
        switch (this) {
            case SCHEDULED -> next.add(NEEDS_CALLBACK);
            case IN_PROGRESS -> next.add(SCHEDULED);
            default -> { }
        }
        return next;
    }

    public boolean canMoveTo(TicketStatus target) {
        return allowedNext().contains(target);
    }
}
