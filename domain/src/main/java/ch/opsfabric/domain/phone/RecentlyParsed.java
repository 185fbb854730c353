package ch.opsfabric.domain.phone;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link PhoneNumber#parse} learned of the numbers it parsed, until a {@link LibphonenumberPlan} takes it: a
 * request that parses a caller's number asks the plan about it moments later, and parsing it a second time would
 * cost as much as the first. Shared by the whole application because parsing is static; bounded by starting afresh
 * when full, which costs at worst a second parse of a number nobody asked about yet.
 */
final class RecentlyParsed {

    /** Far more numbers than are parsed at once and not yet asked about. */
    static final int CAPACITY = 1_000;

    /** @param type never {@code UNKNOWN}: only valid numbers are kept */
    record Parsed(Phonenumber.PhoneNumber number, PhoneNumberType type) {
    }

    private static final Map<String, Parsed> WAITING = new ConcurrentHashMap<>();

    private RecentlyParsed() {
    }

    static void keep(String e164, Phonenumber.PhoneNumber number, PhoneNumberType type) {
        if (WAITING.size() >= CAPACITY) {
            WAITING.clear();
        }
        WAITING.put(e164, new Parsed(number, type));
    }

    /** What was learned of the number, handed over once; null when it was not parsed lately. */
    static Parsed take(String e164) {
        return WAITING.remove(e164);
    }
}
