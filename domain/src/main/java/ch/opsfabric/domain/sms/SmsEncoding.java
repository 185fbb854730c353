package ch.opsfabric.domain.sms;

import java.util.stream.IntStream;

/**
 * The two encodings an SMS goes out in, with their segment sizes. A concatenated message loses room in every
 * segment to the header that joins the parts, hence 153 instead of 160 septets and 67 instead of 70 code units.
 */
public enum SmsEncoding {

    /** GSM 03.38 7-bit alphabet; lengths in septets. */
    GSM_7(160, 153) {
        @Override
        IntStream unitsPerSymbol(String text) {
            return text.chars().map(c -> Gsm7Alphabet.septets((char) c));
        }
    },

    /** UCS-2 (sent as UTF-16 in practice); lengths in UTF-16 code units, so an emoji counts 2. */
    UCS_2(70, 67) {
        @Override
        IntStream unitsPerSymbol(String text) {
            return text.codePoints().map(Character::charCount);
        }
    };

    private final int singleSegmentUnits;
    private final int concatenatedSegmentUnits;

    SmsEncoding(int singleSegmentUnits, int concatenatedSegmentUnits) {
        this.singleSegmentUnits = singleSegmentUnits;
        this.concatenatedSegmentUnits = concatenatedSegmentUnits;
    }

    static SmsEncoding of(String text) {
        return Gsm7Alphabet.canEncode(text) ? GSM_7 : UCS_2;
    }

    /**
     * Units of each symbol that must not be cut in two: an extension character's escape and its code, or the two
     * halves of a surrogate pair.
     */
    abstract IntStream unitsPerSymbol(String text);

    int length(String text) {
        return unitsPerSymbol(text).sum();
    }

    /**
     * Packs symbols into concatenated segments the way senders do: a symbol that does not fit in what is left of a
     * segment starts the next one, so a segment may end one unit short.
     */
    int segments(String text) {
        if (length(text) <= singleSegmentUnits) {
            return 1;
        }
        int segments = 1;
        int used = 0;
        for (int units : unitsPerSymbol(text).toArray()) {
            if (used + units > concatenatedSegmentUnits) {
                segments++;
                used = 0;
            }
            used += units;
        }
        return segments;
    }
}
