package ch.opsfabric.domain.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A telephone number in E.164 form ({@code +41791234567}). Every number that enters the system
 * passes through here, so two spellings of one number ({@code 079 123 45 67},
 * {@code 0041 79 123 45 67}, {@code +41 (0)79 123 45 67}) are always the same value and
 * dedupe, opt-outs and history line up.
 */
public record PhoneNumber(String e164) {

    /** Numbers written without a country code are Swiss: the businesses and their callers are. */
    public static final String DEFAULT_REGION = "CH";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern SWISS_TRUNK_PREFIX = Pattern.compile("^((?:\\+|00)\\s*41)\\s*\\(0\\)");

    /**
     * What libphonenumber says of a stored number, kept: parsing a number again costs more than all
     * else an intake does with it. Bounded by starting afresh when full.
     */
    private static final int KNOWN_CAPACITY = 10_000;
    private static final Map<String, Facts> KNOWN = new ConcurrentHashMap<>();

    private record Facts(boolean mobile, String display) {
    }

    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
        if (!E164.matcher(e164).matches()) {
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
            if (!UTIL.isValidNumber(parsed)) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164)));
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    /** Only mobile numbers take SMS; fixed lines, VoIP and service numbers silently drop them. */
    public boolean canReceiveSms() {
        return facts().mobile();
    }

    /** How a Swiss reader writes the number: {@code 079 123 45 67}, or international abroad. */
    public String forDisplay() {
        return facts().display();
    }

    @Override
    public String toString() {
        return e164;
    }

    private Facts facts() {
        if (KNOWN.size() >= KNOWN_CAPACITY) {
            KNOWN.clear();
        }
        return KNOWN.computeIfAbsent(e164, PhoneNumber::factsOf);
    }

    private static Facts factsOf(String e164) {
        try {
            var proto = UTIL.parse(e164, DEFAULT_REGION);
            var format = DEFAULT_REGION.equals(UTIL.getRegionCodeForNumber(proto))
                    ? PhoneNumberFormat.NATIONAL
                    : PhoneNumberFormat.INTERNATIONAL;
            return new Facts(UTIL.getNumberType(proto) == PhoneNumberType.MOBILE, UTIL.format(proto, format));
        } catch (NumberParseException impossible) {
            throw new IllegalStateException("stored number no longer parses: " + e164, impossible);
        }
    }

    /** {@code +41 (0)79…}: the Swiss habit of keeping the trunk zero after the country code. */
    private static String withoutSwissTrunkPrefix(String text) {
        return SWISS_TRUNK_PREFIX.matcher(text).replaceFirst("$1");
    }
}
