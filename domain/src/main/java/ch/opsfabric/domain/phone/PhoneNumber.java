package ch.opsfabric.domain.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A telephone number in E.164 form ({@code +41791234567}). Every number that enters the system
 * passes through here, so two spellings of one number ({@code 079 123 45 67},
 * {@code 0041 79 123 45 67}, {@code +41 (0)79 123 45 67}) are always the same value and
 * dedupe, opt-outs and history line up. Whether it takes SMS and how it is written for people
 * is the {@link NumberingPlan}'s to say.
 */
public record PhoneNumber(String e164) {

    /** Numbers written without a country code are Swiss: the businesses and their callers are. */
    public static final String DEFAULT_REGION = "CH";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern SWISS_TRUNK_PREFIX = Pattern.compile("^((?:\\+|00)\\s*41)\\s*\\(0\\)");

    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
        if (!isE164(e164)) {
            throw new IllegalArgumentException("not an E.164 number: " + e164);
        }
    }

    /** The number, if the text is a valid telephone number; empty for anything else. */
    public static Optional<PhoneNumber> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            var parsed = UTIL.parse(withoutSwissTrunkPrefix(text.strip()), DEFAULT_REGION);
            // UNKNOWN exactly when isValidNumber says invalid (both match the number against its region's
            // patterns); asking for the type instead keeps it for the plan without matching twice.
            var type = UTIL.getNumberType(parsed);
            if (type == PhoneNumberType.UNKNOWN) {
                return Optional.empty();
            }
            var number = new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164));
            // With an extension the parsed form would be displayed unlike the number (which drops it).
            if (!parsed.hasExtension()) {
                RecentlyParsed.keep(number.e164(), parsed, type);
            }
            return Optional.of(number);
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return e164;
    }

    /**
     * {@code +}, a digit other than 0, then 6 to 14 digits: a scan rather than a pattern, since every number read
     * from a request or a row is checked.
     */
    private static boolean isE164(String text) {
        if (text.length() < 8 || text.length() > 16 || text.charAt(0) != '+' || text.charAt(1) == '0') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code +41 (0)79…}: the Swiss habit of keeping the trunk zero after the country code. */
    private static String withoutSwissTrunkPrefix(String text) {
        // Most numbers have no "(0)"; the pattern is matched only on those that do.
        return text.contains("(0)") ? SWISS_TRUNK_PREFIX.matcher(text).replaceFirst("$1") : text;
    }
}
