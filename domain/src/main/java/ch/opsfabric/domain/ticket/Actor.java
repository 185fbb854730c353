package ch.opsfabric.domain.ticket;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Who caused an entry of a ticket's log ({@code ticket_events.actor}): a signed-in staff member, an
 * integration by the name of its API token, the customer (a request, a reply, a click), or the
 * service itself (queues, escalation, the review engine).
 */
public record Actor(Kind kind, String reference) {

    public enum Kind { STAFF, TOKEN, CUSTOMER, SYSTEM }

    public static final Actor CUSTOMER = new Actor(Kind.CUSTOMER, null);
    public static final Actor SYSTEM = new Actor(Kind.SYSTEM, null);

    public Actor {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.STAFF || kind == Kind.TOKEN) != (reference != null && !reference.isBlank())) {
            throw new IllegalArgumentException(kind + " takes " + (reference == null ? "a" : "no") + " reference");
        }
    }

    public static Actor staff(UUID staffMemberId) {
        return new Actor(Kind.STAFF, staffMemberId.toString());
    }

    public static Actor token(String tokenName) {
        return new Actor(Kind.TOKEN, tokenName);
    }

    /** {@code staff:<id>}, {@code token:<name>}, {@code customer} or {@code system}. */
    public String code() {
        var kindCode = kind.name().toLowerCase(Locale.ROOT);
        return reference == null ? kindCode : kindCode + ":" + reference;
    }

    public static Actor fromCode(String code) {
        var colon = code.indexOf(':');
        var kind = Kind.valueOf((colon < 0 ? code : code.substring(0, colon)).toUpperCase(Locale.ROOT));
        return new Actor(kind, colon < 0 ? null : code.substring(colon + 1));
    }
}
