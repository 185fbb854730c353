package ch.opsfabric.domain.email;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A business's inbound e-mail address, {@code {slug}@{domain}} (docs/domain-rules.md, E-mail
 * intake). The e-mails the service sends a customer answer to {@code {slug}+{reference}@{domain}},
 * so a reply names the ticket it belongs to ({@link TicketReference}); mail providers deliver such
 * plus-addresses to the plain address.
 *
 * @param reference the ticket reference after the {@code +}, when the address carries one
 */
public record InboundAddress(String slug, Optional<TicketReference> reference) {

    private static final Pattern ADDRESS = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)(?:\\+([^@]*))?@(.+)");

    public InboundAddress {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(reference, "reference");
    }

    /** The business and ticket an address names, when it is one of {@code domain}'s. */
    public static Optional<InboundAddress> parse(String address, String domain) {
        if (address == null || domain == null || domain.isBlank()) {
            return Optional.empty();
        }
        var matcher = ADDRESS.matcher(address.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches() || !matcher.group(3).equals(domain.strip().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(new InboundAddress(matcher.group(1),
                Optional.ofNullable(matcher.group(2)).flatMap(TicketReference::parse)));
    }

    /** Where a customer's reply about {@code ticketId} goes. */
    public static String replyTo(String slug, UUID ticketId, String domain) {
        return slug + "+" + TicketReference.of(ticketId).code() + "@" + domain.strip().toLowerCase(Locale.ROOT);
    }
}
