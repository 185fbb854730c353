package ch.opsfabric.domain.phone;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a telephony provider tells us about who called. A withheld caller is recognised before
 * any parsing: providers spell it as a word ({@code anonymous}) or as that word typed on a phone
 * keypad ({@code +266696687}), and the keypad form would otherwise parse as a real number.
 */
public sealed interface CallerId {

    record Known(PhoneNumber number) implements CallerId {
    }

    record Withheld(String as) implements CallerId {
    }

    record Unreadable(String as) implements CallerId {
    }

    Set<String> WITHHELD_WORDS = Set.of("ANONYMOUS", "RESTRICTED", "UNKNOWN", "UNAVAILABLE", "BLOCKED");

    Set<String> WITHHELD_KEYPAD_FORMS = WITHHELD_WORDS.stream()
            .map(word -> "+" + Keypad.digitsOf(word))
            .collect(Collectors.toUnmodifiableSet());

    static CallerId of(String from) {
        if (from == null || from.isBlank()) {
            return new Withheld("");
        }
        var text = from.strip();
        var compact = text.replaceAll("[\\s()\\-./]", "");
        if (WITHHELD_WORDS.contains(text.toUpperCase(Locale.ROOT))
                || WITHHELD_KEYPAD_FORMS.contains(compact)
                || WITHHELD_KEYPAD_FORMS.contains("+" + compact)) {
            return new Withheld(text);
        }
        return PhoneNumber.parse(text)
                .<CallerId>map(Known::new)
                .orElseGet(() -> new Unreadable(text));
    }
}
