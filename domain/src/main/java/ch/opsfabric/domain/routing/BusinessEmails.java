package ch.opsfabric.domain.routing;

import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.ticket.Ticket;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The e-mails a business receives in its one primary inbox (docs/domain-rules.md, Routing and escalation, Failures):
 * a new or newly urgent request, a reminder when a request is still unanswered after its promised time, and the
 * fallback when an SMS to a customer could not be delivered. Customer text never reaches a
 * subject line unflattened.
 */
public final class BusinessEmails {

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");

    private final NumberingPlan numbers;

    /** @param numbers writes the customer's number the way the business reads it */
    public BusinessEmails(NumberingPlan numbers) {
        this.numbers = Objects.requireNonNull(numbers, "numbers");
    }

    /**
     * The routing e-mail (docs/domain-rules.md, Routing and escalation), with the dashboard link and a {@code tel:}
     * link.
     */
    public EmailText newRequest(Ticket ticket, String dashboardLink) {
        var subject = "[OpsFabric] Neue Anfrage: " + oneLine(topic(ticket)) + " — " + ticket.urgency();
        return new EmailText(subject, """
                %s | %s
                Anfrage: %s
                Dringlichkeit: %s
                Quelle: %s

                → Dashboard: %s
                → Direkt anrufen: %s
                """.formatted(name(ticket), phone(ticket), summary(ticket), ticket.urgency(), ticket.source().code(),
                dashboardLink, telLink(ticket)));
    }

    /**
     * The one reminder for a request still NEW after its SLA deadline (docs/domain-rules.md, Routing and
     * escalation).
     */
    public EmailText overdue(Ticket ticket, String promisedText, String dashboardLink) {
        var subject = "[OpsFabric] Noch offen: " + oneLine(topic(ticket)) + " — zugesagt bis " + promisedText;
        return new EmailText(subject, """
                Diese Anfrage wartet noch auf eine Antwort; zugesagt war %s.

                %s | %s
                Anfrage: %s
                Dringlichkeit: %s
                Quelle: %s

                → Dashboard: %s
                → Direkt anrufen: %s
                """.formatted(promisedText, name(ticket), phone(ticket), summary(ticket), ticket.urgency(),
                ticket.source().code(), dashboardLink, telLink(ticket)));
    }

    /**
     * The one warning for a request still unanswered when little SLA time is left (docs/domain-rules.md, SLA
     * warning), to the person it is assigned to or the business's inbox.
     */
    public EmailText slaWarning(Ticket ticket, String promisedText, String dashboardLink) {
        var subject = "[OpsFabric] Bald fällig: " + oneLine(topic(ticket)) + " — zugesagt bis " + promisedText;
        return new EmailText(subject, """
                Diese Anfrage ist noch unbeantwortet; zugesagt ist eine Antwort bis %s.

                %s | %s
                Anfrage: %s
                Dringlichkeit: %s

                → Dashboard: %s
                → Direkt anrufen: %s
                """.formatted(promisedText, name(ticket), phone(ticket), summary(ticket), ticket.urgency(),
                dashboardLink, telLink(ticket)));
    }

    /** An SMS that could not be delivered reaches the business by e-mail instead (docs/domain-rules.md, Failures). */
    public EmailText undeliveredSms(PhoneNumber customer, String message, String reason) {
        return new EmailText("[OpsFabric] SMS nicht zugestellt an " + numbers.forDisplay(customer), """
                Diese SMS konnte nicht zugestellt werden (%s). Bitte melden Sie sich direkt beim Kunden.

                An: %s
                Text:
                %s

                → Direkt anrufen: tel:%s
                """.formatted(reason, numbers.forDisplay(customer), message, customer.e164()));
    }

    private static String topic(Ticket ticket) {
        return ticket.intent() != null ? ticket.intent() : ticket.source().code();
    }

    private static String name(Ticket ticket) {
        return ticket.contact().name().orElse("(ohne Namen)");
    }

    private String phone(Ticket ticket) {
        return ticket.contact().phone().map(numbers::forDisplay)
                .or(() -> ticket.contact().email()).orElse("(keine Nummer)");
    }

    private static String summary(Ticket ticket) {
        return ticket.summary().isBlank() ? "(ohne Text)" : ticket.summary();
    }

    private static String telLink(Ticket ticket) {
        return ticket.contact().phone().map(number -> "tel:" + number.e164()).orElse("(keine Nummer)");
    }

    private static String oneLine(String text) {
        return LINE_BREAKS.matcher(text).replaceAll(" ").strip();
    }
}
