package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.out.TicketOrder;
import ch.opsfabric.application.port.out.TicketPosition;
import ch.opsfabric.domain.InvalidValue;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The {@code cursor} of the ticket list: a page's end position, base64url-encoded so clients
 * treat it as an opaque token and the format may change without breaking them. It carries no
 * tenant: a cursor only ever selects among the caller's own tickets. It names its order (newest
 * first, or {@code sort=sla}: deadline and id), so a cursor is refused with another sort than the one
 * whose page gave it.
 */
final class TicketCursor {

    private static final String VERSION = "v1";
    private static final String DEADLINE_VERSION = "sla1";

    private TicketCursor() {
    }

    static String encode(TicketPosition position, TicketOrder order) {
        var plain = version(order) + "|" + position.at() + "|" + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @return null for an absent cursor (the first page) */
    static TicketPosition decode(String cursor, TicketOrder order) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            var parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3 || !(VERSION.equals(parts[0]) || DEADLINE_VERSION.equals(parts[0]))) {
                throw garbled();
            }
            if (!version(order).equals(parts[0])) {
                throw new InvalidValue("cursor", "belongs to another sort than this request's; page on with the "
                        + "sort that gave it, or start again without a cursor");
            }
            return new TicketPosition(Instant.parse(parts[1]), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | DateTimeException unreadable) {
            throw garbled();
        }
    }

    private static String version(TicketOrder order) {
        return order == TicketOrder.DEADLINE_FIRST ? DEADLINE_VERSION : VERSION;
    }

    private static InvalidValue garbled() {
        return new InvalidValue("cursor", "is not a cursor this API issued; take next_cursor from the previous page "
                + "or start again without one");
    }
}
