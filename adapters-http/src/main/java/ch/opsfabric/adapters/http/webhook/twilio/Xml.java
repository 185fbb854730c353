package ch.opsfabric.adapters.http.webhook.twilio;

/**
 * Escaping for the few values TwiML answers carry (a configured URL, a phone number); written by
 * hand because a whole XML writer for one fixed element is more than the answer needs.
 */
final class Xml {

    private Xml() {
    }

    static String text(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String attribute(String value) {
        return text(value).replace("\"", "&quot;");
    }
}
