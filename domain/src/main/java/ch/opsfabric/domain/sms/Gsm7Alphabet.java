package ch.opsfabric.domain.sms;

/**
 * The GSM 03.38 (3GPP TS 23.038) default alphabet and its extension table, the only characters an SMS can carry
 * in 7-bit encoding. A basic character takes one septet; an extension character takes two, because it is sent
 * as ESC (0x1B) followed by its code.
 */
final class Gsm7Alphabet {

    /** The basic table in code order 0x00..0x7F; position 0x1B holds ESC, which is a prefix, not a character. */
    private static final String BASIC_TABLE =
            "@£$¥èéùìòÇ\nØø\rÅå"                  // 0x00-0x0F
            + "Δ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ"               // 0x10-0x1F
            + " !\"#¤%&'()*+,-./"                   // 0x20-0x2F
            + "0123456789:;<=>?"                    // 0x30-0x3F
            + "¡ABCDEFGHIJKLMNO"                    // 0x40-0x4F
            + "PQRSTUVWXYZÄÖÑÜ§"                    // 0x50-0x5F
            + "¿abcdefghijklmno"                    // 0x60-0x6F
            + "pqrstuvwxyzäöñüà";                   // 0x70-0x7F

    private static final char ESCAPE = '\u001B';

    /** The extension table's characters: form feed (0x0A), ^ (0x14), { } (0x28, 0x29), \ (0x2F), [ ~ ] (0x3C-0x3E), | (0x40), € (0x65). */
    private static final String EXTENSION_TABLE = "\f^{}\\[~]|€";

    private Gsm7Alphabet() {
    }

    static boolean canEncode(CharSequence text) {
        return text.chars().allMatch(c -> isBasic((char) c) || isExtension((char) c));
    }

    /** Septets needed for one character of a text that {@link #canEncode(CharSequence) can be encoded}. */
    static int septets(char c) {
        if (isBasic(c)) {
            return 1;
        }
        if (isExtension(c)) {
            return 2;
        }
        throw new IllegalArgumentException("not in the GSM-7 alphabet: U+%04X".formatted((int) c));
    }

    private static boolean isBasic(char c) {
        return c != ESCAPE && BASIC_TABLE.indexOf(c) >= 0;
    }

    private static boolean isExtension(char c) {
        return EXTENSION_TABLE.indexOf(c) >= 0;
    }
}
