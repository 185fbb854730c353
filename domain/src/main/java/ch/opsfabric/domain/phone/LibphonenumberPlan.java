package ch.opsfabric.domain.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The numbering plan as libphonenumber knows it. What it says of a number is remembered per
 * instance, since parsing a number again costs more than all else an intake does with it; the
 * memory is bounded by starting afresh when full. A number {@link PhoneNumber#parse} has just
 * parsed is not parsed again: its parsed form is taken from {@link RecentlyParsed}. Safe for
 * concurrent use: one instance serves the whole application.
 */
public final class LibphonenumberPlan implements NumberingPlan {

    /** As many numbers as a busy day brings, a few megabytes at most. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private record Facts(boolean mobile, String display) {
    }

    private final int capacity;
    private final Map<String, Facts> known = new ConcurrentHashMap<>();

    public LibphonenumberPlan() {
        this(DEFAULT_CAPACITY);
    }

    /** @param capacity how many numbers to remember; 0 asks libphonenumber every time */
    public LibphonenumberPlan(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, was " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public boolean canReceiveSms(PhoneNumber number) {
        return facts(number).mobile();
    }

    @Override
    public String forDisplay(PhoneNumber number) {
        return facts(number).display();
    }

    private Facts facts(PhoneNumber number) {
        if (capacity == 0) {
            return factsOf(number.e164());
        }
        if (known.size() >= capacity) {
            known.clear();
        }
        return known.computeIfAbsent(number.e164(), LibphonenumberPlan::factsOf);
    }

    private static Facts factsOf(String e164) {
        var parsed = RecentlyParsed.take(e164);
        if (parsed != null) {
            return factsOf(parsed.number(), parsed.type());
        }
        var proto = parse(e164);
        return factsOf(proto, UTIL.getNumberType(proto));
    }

    private static Facts factsOf(Phonenumber.PhoneNumber proto, PhoneNumberType type) {
        var format = PhoneNumber.DEFAULT_REGION.equals(UTIL.getRegionCodeForNumber(proto))
                ? PhoneNumberFormat.NATIONAL
                : PhoneNumberFormat.INTERNATIONAL;
        return new Facts(type == PhoneNumberType.MOBILE, UTIL.format(proto, format));
    }

    private static Phonenumber.PhoneNumber parse(String e164) {
        try {
            return UTIL.parse(e164, PhoneNumber.DEFAULT_REGION);
        } catch (NumberParseException impossible) {
            throw new IllegalStateException("stored number no longer parses: " + e164, impossible);
        }
    }
}
