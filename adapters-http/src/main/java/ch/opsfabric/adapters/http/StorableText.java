package ch.opsfabric.adapters.http;

import java.util.Optional;

/**
 * Text the database can keep as it was sent. PostgreSQL refuses the NUL character in text, and a
 * lone half of a UTF-16 surrogate pair has no UTF-8 form, so it would be stored as something else.
 * Either is refused where the text arrives (query, JSON, form), naming the field, before it can
 * fail a statement or be stored changed.
 */
public final class StorableText {

    private StorableText() {
    }

    /** @return why the text cannot be stored as sent, or empty when it can */
    public static Optional<String> flaw(String text) {
        if (text.indexOf('\u0000') >= 0) {
            return Optional.of("must not contain the NUL character");
        }
        for (int index = 0; index < text.length(); index++) {
            var character = text.charAt(index);
            if (Character.isHighSurrogate(character) && index + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(index + 1))) {
                index++;
            } else if (Character.isSurrogate(character)) {
                return Optional.of("must not contain an unpaired surrogate (not valid Unicode text)");
            }
        }
        return Optional.empty();
    }
}
