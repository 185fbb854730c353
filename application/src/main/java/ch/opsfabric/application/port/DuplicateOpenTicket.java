package ch.opsfabric.application.port;

import java.util.UUID;

/**
 * A contact correction would give the ticket the dedupe key of another open ticket: the same
 * person's other request of that day. Refused, naming that ticket, so staff can close one of them.
 */
public final class DuplicateOpenTicket extends Conflict {

    /** @param field the contact field the key follows: {@code contact_phone}, else {@code contact_email} */
    public DuplicateOpenTicket(String field, UUID openTicketId) {
        super(field, "the same contact already has an open ticket of that day: " + openTicketId
                + "; close one of the two instead of correcting this one");
    }
}
