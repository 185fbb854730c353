package ch.opsfabric.domain.reply;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an inbound SMS body (docs/domain-rules.md, Replies). Guarantees:
 * <ul>
 *   <li>a body that is just {@code 1}, {@code 2} or {@code 3}, optionally followed by one {@code .}, {@code )} or
 *       {@code !}, is that {@link Reply.Option};</li>
 *   <li>a body that is, as a whole and in any case, one of the opt-out words is an {@link Reply.OptOut}; the list
 *       holds Twilio's default opt-out words plus German and French ones (STOPP, HALT, ABMELDEN, ARRET, ARRÊT);</li>
 *   <li>a body that is START or UNSTOP, in any case, is an {@link Reply.OptIn};</li>
 *   <li>everything else is {@link Reply.FreeText}, so a word inside a sentence ("stop please") never opts anybody
 *       out by accident.</li>
 * </ul>
 * Surrounding whitespace, including no-break spaces, is ignored. A blank or missing body (a picture-only MMS, say)
 * is still a reply from a real customer, so it is free text with empty text rather than dropped; the caller
 * decides what an empty summary means.
 */
public final class ReplyParser {

    private static final Set<String> OPT_OUT_WORDS = Set.of(
            "STOP", "STOPALL", "UNSUBSCRIBE", "END", "QUIT", "CANCEL", "REVOKE", "OPTOUT",
            "STOPP", "HALT", "ABMELDEN", "ARRET", "ARRÊT");

    private static final Set<String> OPT_IN_WORDS = Set.of("START", "UNSTOP");

    private ReplyParser() {
    }

    public static Reply parse(String body) {
        String text = stripSpaces(body == null ? "" : body);
        if (isOption(text)) {
            return new Reply.Option(text.charAt(0) - '0');
        }
        // NFC so that an Ê typed as E plus a combining circumflex still reads as ARRÊT
        String word = Normalizer.normalize(text, Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
        if (OPT_OUT_WORDS.contains(word)) {
            return new Reply.OptOut(word);
        }
        if (OPT_IN_WORDS.contains(word)) {
            return new Reply.OptIn(word);
        }
        return new Reply.FreeText(text);
    }

    private static boolean isOption(String text) {
        return switch (text.length()) {
            case 1 -> isOptionDigit(text.charAt(0));
            case 2 -> isOptionDigit(text.charAt(0)) && ".)!".indexOf(text.charAt(1)) >= 0;
            default -> false;
        };
    }

    private static boolean isOptionDigit(char c) {
        return c >= '1' && c <= '3';
    }

    /** Unlike {@link String#strip()}, also drops no-break spaces, which {@link Character#isWhitespace} excludes. */
    private static String stripSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
