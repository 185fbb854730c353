package ch.opsfabric.domain.email;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The short name of a ticket in e-mails: the first 12 hex digits of its id. Short enough for a
 * reply address and a subject line, and 48 bits make two tickets of one business sharing it
 * practically impossible; it is looked up within one business only.
 */
public record TicketReference(String code) {

    private static final Pattern CODE = Pattern.compile("[0-9a-f]{12}");
    private static final Pattern IN_SUBJECT = Pattern.compile("\\[#([0-9a-fA-F]{12})]");

    public TicketReference {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a ticket reference is 12 lower-case hex digits: " + code);
        }
    }

    public static TicketReference of(UUID ticketId) {
        return new TicketReference(ticketId.toString().replace("-", "").substring(0, 12));
    }

    public static Optional<TicketReference> parse(String text) {
        var code = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return CODE.matcher(code).matches() ? Optional.of(new TicketReference(code)) : Optional.empty();
    }

    /** The {@code [#…]} mark our e-mails put in their subject, which a reply keeps ("AW: …"). */
    public static Optional<TicketReference> inSubject(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        var matcher = IN_SUBJECT.matcher(subject);
        return matcher.find() ? parse(matcher.group(1)) : Optional.empty();
    }

    /** How the subject of our e-mails carries it. */
    public String subjectMark() {
        return "[#" + code + "]";
    }

    /** The first 12 hex digits of the ticket's id, without the hyphen. */
    public String idPrefix() {
        return code.substring(0, 8) + "-" + code.substring(8);
    }
}
