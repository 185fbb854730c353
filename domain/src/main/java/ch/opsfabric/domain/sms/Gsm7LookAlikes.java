package ch.opsfabric.domain.sms;

import java.text.Normalizer;
import java.util.Map;

/**
 * Replaces typographic punctuation and Unicode spaces with the GSM-7 character they look like, so that a curly
 * quote pasted from a word processor does not switch a whole SMS to UCS-2 (70 instead of 160 characters per
 * segment). Letters are never touched: an accented letter outside GSM-7 (ê, ç) is kept and the text goes out as
 * UCS-2, because a changed name is worse than a longer message.
 */
final class Gsm7LookAlikes {

    static final Map<Character, String> REPLACEMENTS = Map.ofEntries(
            // double quotes and guillemets
            Map.entry('\u00AB', "\""), Map.entry('\u00BB', "\""), Map.entry('\u201C', "\""),
            Map.entry('\u201D', "\""), Map.entry('\u201E', "\""), Map.entry('\u201F', "\""),
            Map.entry('\u2033', "\""), Map.entry('\u02BA', "\""), Map.entry('\u02EE', "\""),
            Map.entry('\u301D', "\""), Map.entry('\u301E', "\""), Map.entry('\uFF02', "\""),
            // single quotes, apostrophes, primes, single guillemets (the Swiss single quotes)
            Map.entry('\u2018', "'"), Map.entry('\u2019', "'"), Map.entry('\u201A', "'"),
            Map.entry('\u201B', "'"), Map.entry('\u2032', "'"), Map.entry('\u2039', "'"),
            Map.entry('\u203A', "'"), Map.entry('\u02B9', "'"), Map.entry('\u02BB', "'"),
            Map.entry('\u02BC', "'"), Map.entry('\u02BD', "'"), Map.entry('\u02C8', "'"),
            Map.entry('\u02CA', "'"), Map.entry('\u02CB', "'"), Map.entry('\u00B4', "'"),
            Map.entry('`', "'"), Map.entry('\uFF07', "'"),
            // hyphens, dashes, minus, bullets
            Map.entry('\u2010', "-"), Map.entry('\u2011', "-"), Map.entry('\u2012', "-"),
            Map.entry('\u2013', "-"), Map.entry('\u2014', "-"), Map.entry('\u2015', "-"),
            Map.entry('\u2212', "-"), Map.entry('\u2043', "-"), Map.entry('\u2022', "-"),
            Map.entry('\uFE63', "-"), Map.entry('\uFF0D', "-"),
            // ellipses
            Map.entry('\u2026', "..."), Map.entry('\u2025', ".."),
            // slashes
            Map.entry('\u2044', "/"), Map.entry('\u2215', "/"), Map.entry('\uFF0F', "/"),
            // tab, no-break and other Unicode spaces
            Map.entry('\t', " "), Map.entry('\u00A0', " "), Map.entry('\u1680', " "),
            Map.entry('\u2000', " "), Map.entry('\u2001', " "), Map.entry('\u2002', " "),
            Map.entry('\u2003', " "), Map.entry('\u2004', " "), Map.entry('\u2005', " "),
            Map.entry('\u2006', " "), Map.entry('\u2007', " "), Map.entry('\u2008', " "),
            Map.entry('\u2009', " "), Map.entry('\u200A', " "), Map.entry('\u202F', " "),
            Map.entry('\u205F', " "), Map.entry('\u3000', " "),
            // Unicode line and paragraph separators
            Map.entry('\u2028', "\n"), Map.entry('\u2029', "\n"),
            // invisible characters: soft hyphen, zero-width space, word joiner, byte order mark
            Map.entry('\u00AD', ""), Map.entry('\u200B', ""), Map.entry('\u2060', ""), Map.entry('\uFEFF', ""));

    private Gsm7LookAlikes() {
    }

    /**
     * Composes letters first (NFC), because a phone or a Mac may hand over "u" plus a combining diaeresis, which is
     * UCS-2, where the single character "ü" is GSM-7.
     */
    static String replace(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder result = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            result.append(REPLACEMENTS.getOrDefault(c, String.valueOf(c)));
        }
        return result.toString();
    }
}
