package ch.opsfabric.domain.sms;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * The German (Sie-form) SMS texts sent to end customers, rendered from plain, already formatted values.
 *
 * <p>Confirmations follow one skeleton (docs/domain-rules.md, Confirmations): thanks and context, next step, time
 * window, and an emergency hint only when the ticket is urgent (HIGH). The hint goes on its own line so that it
 * stands out.
 *
 * <p>The missed-call SMS keeps the wording of docs/domain-rules.md, Missed-call recovery, without blank lines, so
 * both variants fit 2 segments for business names of up to 100 GSM-7 characters, even with a call-back number written
 * as {@code +41 44 123 45 67}.
 * A single letter outside GSM-7 in the name (ê, ç) makes the whole SMS UCS-2 and it then needs 4 segments, so a new
 * tenant's name is worth checking with {@link SmsText#segments()} when the tenant is set up.
 *
 * <p>Every input is required and rejected with an {@link IllegalArgumentException} naming it when null or blank;
 * only the contact's name may be missing, as wizard submissions need not carry one.
 */
public final class SmsTemplates {

    private static final String EMERGENCY_HINT = "Bei Lebensgefahr sofort Notruf 112, 118 oder 144 wählen.";

    private static final Pattern PHONE_CHARACTERS = Pattern.compile("[+0-9 ()/.-]+");

    private SmsTemplates() {
    }

    public static SmsText wizardConfirmation(String contactName, String slaText, boolean urgent) {
        String thanks = isBlank(contactName) ? "Danke" : "Danke " + contactName.strip();
        return confirmation(thanks + ", Ihre Anfrage ist eingegangen. Wir melden uns bis "
                + required(slaText, "SLA text") + ".", urgent);
    }

    /**
     * Reply 1 ("Dringend / Notfall") makes the ticket urgent, so its confirmation always carries the emergency hint.
     */
    public static SmsText urgentReplyConfirmation(String businessName) {
        return confirmation("Verstanden - dringend. " + required(businessName, "business name")
                + " meldet sich schnellstmöglich.", true);
    }

    public static SmsText callbackReplyConfirmation(String businessName, String slaText, boolean urgent) {
        return confirmation("Rückruf ist notiert. " + required(businessName, "business name")
                + " ruft Sie bis " + required(slaText, "SLA text") + " zurück.", urgent);
    }

    public static SmsText wizardLink(String wizardLink) {
        return SmsText.of("Hier können Sie Ihre Anfrage mit Foto senden: " + requiredWebLink(wizardLink, "wizard link"));
    }

    public static SmsText freeTextConfirmation(String businessName, String slaText, boolean urgent) {
        return confirmation("Danke, Ihre Nachricht ist eingegangen. " + required(businessName, "business name")
                + " meldet sich bis " + required(slaText, "SLA text") + ".", urgent);
    }

    public static SmsText appointmentConfirmation(String businessName, String appointmentText) {
        return SmsText.of("Ihr Termin bei " + required(businessName, "business name") + ": "
                + required(appointmentText, "appointment date and time") + ".");
    }

    public static SmsText missedCall(String businessName, String callbackNumber) {
        return missedCall(businessName, "Wir sind gerade im Einsatz.", callbackNumber);
    }

    public static SmsText missedCallOnWeekend(String businessName, String callbackNumber) {
        return missedCall(businessName, "Wir sind ab Montag wieder für Sie da.", callbackNumber);
    }

    /** Sent once after an opt-out word; it is the last SMS the number gets from this business until START. */
    public static SmsText optOutConfirmation(String businessName) {
        return SmsText.of("Abgemeldet: Sie erhalten keine weiteren SMS von " + required(businessName, "business name")
                + ". Mit START melden Sie sich wieder an.");
    }

    public static SmsText optInConfirmation(String businessName) {
        return SmsText.of("Angemeldet: Sie erhalten wieder SMS von " + required(businessName, "business name")
                + ". Mit STOP melden Sie sich ab.");
    }

    /** The review request; every review SMS tells how to opt out (docs/domain-rules.md, Review engine). */
    public static SmsText reviewRequest(String businessName, String reviewLink) {
        return SmsText.of("Danke für Ihren Auftrag bei " + required(businessName, "business name")
                + ". Wenn Sie 30 Sekunden haben, freuen wir uns über eine Bewertung: "
                + requiredWebLink(reviewLink, "review link")
                + "\nKeine SMS mehr? Antworten Sie STOP.");
    }

    private static SmsText missedCall(String businessName, String availability, String callbackNumber) {
        return SmsText.of("Danke für Ihren Anruf bei " + required(businessName, "business name") + ".\n"
                + availability + "\n"
                + "Antworten Sie mit:\n"
                + "1 = Dringend / Notfall\n"
                + "2 = Rückruf gewünscht\n"
                + "3 = Anfrage mit Details senden\n"
                + "Oder rufen Sie nochmals an: " + requiredPhoneNumber(callbackNumber));
    }

    private static SmsText confirmation(String text, boolean urgent) {
        return SmsText.of(urgent ? text + "\n" + EMERGENCY_HINT : text);
    }

    private static String required(String value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required for the SMS text but was null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " is required for the SMS text but was blank");
        }
        return value.strip();
    }

    private static String requiredPhoneNumber(String value) {
        String number = required(value, "call-back number");
        if (!PHONE_CHARACTERS.matcher(number).matches()) {
            throw new IllegalArgumentException(
                    "call-back number may hold only digits, spaces and + ( ) / . - but was: " + number);
        }
        return number;
    }

    private static String requiredWebLink(String value, String what) {
        String link = required(value, what);
        try {
            URI uri = new URI(link);
            if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return link;
            }
        } catch (URISyntaxException _) {
            // reported below, with the same message as any other unusable link
        }
        throw new IllegalArgumentException(what + " must be an absolute http(s) URL but was: " + link);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
