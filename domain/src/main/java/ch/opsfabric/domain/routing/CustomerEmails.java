package ch.opsfabric.domain.routing;

import ch.opsfabric.domain.email.TicketReference;

/**
 * The e-mail a customer gets when a request reached the business by e-mail, or from someone with
 * no mobile number (docs/domain-rules.md, E-mail intake): the confirmation the SMS would have
 * been, in Sie-form. Its subject carries the ticket's reference, so a reply threads into the ticket.
 */
public final class CustomerEmails {

    private CustomerEmails() {
    }

    public static EmailText confirmation(String businessName, String contactName, String slaText,
                                         TicketReference reference) {
        var greeting = contactName == null || contactName.isBlank() ? "Guten Tag" : "Guten Tag " + contactName.strip();
        return new EmailText("Ihre Anfrage bei " + oneLine(businessName) + " " + reference.subjectMark(), """
                %s

                Danke, Ihre Anfrage ist bei %s eingegangen. Wir melden uns bis %s.

                Möchten Sie etwas ergänzen? Antworten Sie einfach auf diese E-Mail.

                Freundliche Grüsse
                %s
                """.formatted(greeting, businessName, slaText, businessName));
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ").strip();
    }
}
