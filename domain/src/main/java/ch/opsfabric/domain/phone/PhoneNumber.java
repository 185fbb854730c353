package ch.opsfabric.domain.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Objects;
import java.util.Optional;

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

    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
        if (!e164.matches("\\+[1-9]\\d{6,14}")) {
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
        return UTIL.getNumberType(proto()) == PhoneNumberType.MOBILE;
    }

    /** How a Swiss reader writes the number: {@code 079 123 45 67}, or international abroad. */
    public String forDisplay() {
        var proto = proto();
        var format = DEFAULT_REGION.equals(UTIL.getRegionCodeForNumber(proto))
                ? PhoneNumberFormat.NATIONAL
                : PhoneNumberFormat.INTERNATIONAL;
        return UTIL.format(proto, format);
    }

    @Override
    public String toString() {
        return e164;
    }

    private com.google.i18n.phonenumbers.Phonenumber.PhoneNumber proto() {
        try {
            return UTIL.parse(e164, DEFAULT_REGION);
        } catch (NumberParseException impossible) {
            throw new IllegalStateException("stored number no longer parses: " + e164, impossible);
        }
    }

    /** {@code +41 (0)79…}: the Swiss habit of keeping the trunk zero after the country code. */
    private static String withoutSwissTrunkPrefix(String text) {
        return text.replaceFirst("^((?:\\+|00)\\s*41)\\s*\\(0\\)", "$1");
    }
}
