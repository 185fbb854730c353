package ch.opsfabric.domain.people;

import ch.opsfabric.domain.routing.EmailText;

/** The e-mails that carry an invitation or a password reset link, in German like the business's other mail. */
public final class AccessLinkEmails {

    private AccessLinkEmails() {
    }

    public static EmailText of(AccessLinkPurpose purpose, String businessName, String personName, String url) {
        var business = oneLine(businessName);
        return switch (purpose) {
            case INVITATION -> new EmailText("Einladung zu OpsFabric für " + business,
                    "Guten Tag " + personName + "\n\n"
                            + "Sie wurden eingeladen, die Anfragen von " + business + " in OpsFabric zu bearbeiten.\n"
                            + "Legen Sie über diesen Link Ihr Passwort fest (gültig 72 Stunden, einmal verwendbar):\n\n"
                            + url + "\n\n"
                            + "Danach melden Sie sich mit dieser E-Mail-Adresse und Ihrem Passwort an.\n");
            case PASSWORD_RESET -> new EmailText("Neues Passwort für OpsFabric (" + business + ")",
                    "Guten Tag " + personName + "\n\n"
                            + "Sie haben ein neues Passwort angefordert. Legen Sie es über diesen Link fest "
                            + "(gültig 1 Stunde, einmal verwendbar):\n\n"
                            + url + "\n\n"
                            + "Haben Sie nichts angefordert, ignorieren Sie diese E-Mail; Ihr Passwort bleibt gleich.\n");
        };
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
