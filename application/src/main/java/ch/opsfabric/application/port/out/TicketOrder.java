package ch.opsfabric.application.port.out;

/** The orders of the staff ticket list; each pages by its own keyset ({@link TicketPosition}). */
public enum TicketOrder {
    /** created_at, then id, both descending. */
    NEWEST_FIRST,
    /** Open tickets by sla_deadline, then id, both ascending: what is due soonest comes first. */
    DEADLINE_FIRST
}
