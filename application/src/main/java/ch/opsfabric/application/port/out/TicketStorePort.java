package ch.opsfabric.application.port.out;

import ch.opsfabric.application.port.Conflict;
import ch.opsfabric.domain.ticket.DedupeKey;
import ch.opsfabric.domain.ticket.Ticket;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Tickets, with dedupe enforced by the store itself: at most one open ticket per dedupe key,
 * whatever the number of concurrent writers.
 */
public interface TicketStorePort {

    /** The open ticket with this key, locked until the surrounding transaction ends. */
    Optional<Ticket> lockOpenByDedupeKey(DedupeKey key);

    /**
     * Inserts the ticket unless an open ticket with its dedupe key exists (or is being inserted
     * concurrently, in which case this waits for that insert to commit).
     *
     * @return false when another open ticket holds the key
     */
    default boolean insertUnlessDuplicate(Ticket ticket) {
        return insertUnlessDuplicate(ticket, Optional.empty());
    }

    /**
     * As {@link #insertUnlessDuplicate(Ticket)}, the new ticket carrying the customer's consent, given at its
     * creation, from the start: one write instead of an insert and a {@link ConsentPort} update.
     */
    boolean insertUnlessDuplicate(Ticket ticket, Optional<ConsentVersion> consent);

    /**
     * {@link #insertUnlessDuplicate(Ticket, Optional)} for several tickets at once, which a store may do in one
     * statement.
     *
     * @return the ids of the tickets inserted; a ticket missing stood back for an open ticket with its key
     */
    default Set<UUID> insertAllUnlessDuplicate(List<NewTicket> tickets) {
        return tickets.stream().filter(opened -> insertUnlessDuplicate(opened.ticket(), opened.consent()))
                .map(opened -> opened.ticket().id()).collect(Collectors.toSet());
    }

    /** A ticket to insert, with the consent its customer gave with the inquiry, if any. */
    record NewTicket(Ticket ticket, Optional<ConsentVersion> consent) {
    }

    /** The id of the open ticket with this key, without locking it. */
    Optional<UUID> findOpenByDedupeKey(DedupeKey key);

    /**
     * Stores the ticket's changes, its dedupe key included.
     *
     * @throws Conflict when the ticket is open and another open ticket holds its key (a concurrent
     *                   change won the race that {@link #findOpenByDedupeKey} checked for)
     */
    void update(Ticket ticket);
}
