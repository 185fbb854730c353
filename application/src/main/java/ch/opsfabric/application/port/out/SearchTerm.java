package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * What staff typed into the search box, read the way they mean it. A complete telephone number
 * in any spelling ({@code 079 123 45 67}, {@code 0041 79 123 45 67}) is the E.164 number stored
 * with the ticket. Anything else is looked for in name and summary; if it looks like part of a
 * number ({@code 123 45 67}, {@code 079 123}), its digits are also looked for in the phone.
 */
public sealed interface SearchTerm {

    int MAX_LENGTH = 200;

    /** Enough digits to mean a number, not a house number or a postcode fragment. */
    int MIN_PHONE_DIGITS = 3;

    record Phone(PhoneNumber number) implements SearchTerm {

        public Phone {
            Objects.requireNonNull(number, "number");
        }
    }

    /**
     * @param phoneDigits the digits to find in the stored number, without a leading trunk zero
     *                    or international prefix (stored numbers are {@code +41…}); null when
     *                    the text is not a number fragment
     */
    record Text(String text, String phoneDigits) implements SearchTerm {

        public Text {
            Objects.requireNonNull(text, "text");
        }

        public Optional<String> digits() {
            return Optional.ofNullable(phoneDigits);
        }
    }

    /** @return empty for no search at all (absent or blank) */
    static Optional<SearchTerm> of(String q) {
        if (q == null || q.isBlank()) {
            return Optional.empty();
        }
        var text = q.strip();
        InvalidValue.require(text.length() <= MAX_LENGTH, "q", "must be at most " + MAX_LENGTH + " characters");
        var phone = PhoneNumber.parse(text);
        if (phone.isPresent()) {
            return Optional.of(new Phone(phone.get()));
        }
        return Optional.of(new Text(text, phoneDigits(text)));
    }

    private static String phoneDigits(String text) {
        if (!text.matches("[+0-9 ()/.-]+")) {
            return null;
        }
        var digits = text.replaceAll("\\D", "");
        if (digits.startsWith("00")) {
            digits = digits.substring(2);
        } else if (digits.startsWith("0")) {
            digits = digits.substring(1);
        }
        return digits.length() >= MIN_PHONE_DIGITS ? digits : null;
    }
}
