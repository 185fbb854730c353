package ch.opsfabric.domain.ticket;

import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Identifies "the same person asking the same business on the same day":
 * {@code customer_id:contact:local date}. The contact is the E.164 phone, else the lower-cased
 * e-mail; with neither there is no key and nothing is merged. The day is the tenant's local day,
 * so a call at 00:30 in Zurich does not join yesterday's ticket.
 */
public record DedupeKey(String value) {

    public DedupeKey {
        Objects.requireNonNull(value, "value");
    }

    public static Optional<DedupeKey> of(UUID customerId, Contact contact, Instant at, ZoneId zone) {
        Objects.requireNonNull(customerId, "customerId");
        var day = at.atZone(zone).toLocalDate();
        return contact.phone().map(PhoneNumber::e164)
                .or(() -> contact.email().map(email -> email.toLowerCase(Locale.ROOT)))
                .map(who -> new DedupeKey(customerId + ":" + who + ":" + day));
    }

    /** The field a contact's key is made of, as requests name it: the phone, else the e-mail. */
    public static String field(Contact contact) {
        return contact.phone().isPresent() ? "contact_phone" : "contact_email";
    }

    @Override
    public String toString() {
        return value;
    }
}
