package ch.opsfabric.domain.phone;

import ch.opsfabric.domain.InvalidValue;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The countries outbound SMS may go to (docs/domain-rules.md, SMS pumping guard). SMS pumping bots
 * enter premium or far-away numbers in public forms so that each confirmation earns someone a
 * share of the fee; the businesses' customers live in Switzerland and Liechtenstein, so every
 * other country is refused unless the operator names it. A number's country is the region
 * libphonenumber assigns it ({@code +423…} is LI, not CH).
 */
public record SmsCountries(Set<String> regions) {

    /** The setting's name, which every refusal of a bad list names. */
    public static final String SETTING = "SMS_ALLOWED_COUNTRIES";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    public static final SmsCountries DEFAULT = parse("CH,LI");

    public SmsCountries {
        regions = Set.copyOf(regions);
        InvalidValue.require(!regions.isEmpty(), SETTING, "names no country: give ISO codes such as CH,LI");
    }

    /** A comma-separated list of ISO 3166 alpha-2 codes; a code libphonenumber does not know is refused, naming it. */
    public static SmsCountries parse(String list) {
        if (list == null || list.isBlank()) {
            throw new InvalidValue(SETTING, "names no country: give ISO codes such as CH,LI");
        }
        var codes = Arrays.stream(list.split(",")).map(String::strip).filter(code -> !code.isEmpty())
                .map(code -> code.toUpperCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
        var unknown = codes.stream().filter(code -> !UTIL.getSupportedRegions().contains(code)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidValue(SETTING, "'" + String.join("', '", unknown)
                    + "' is no country code (ISO 3166 alpha-2, e.g. CH, LI, DE)");
        }
        return new SmsCountries(codes);
    }

    public boolean allows(PhoneNumber number) {
        return regions.contains(regionOf(number));
    }

    /** The country the number belongs to, {@code ZZ} when the numbering plan assigns it none. */
    public static String regionOf(PhoneNumber number) {
        try {
            var region = UTIL.getRegionCodeForNumber(UTIL.parse(number.e164(), PhoneNumber.DEFAULT_REGION));
            return region == null ? "ZZ" : region;
        } catch (NumberParseException impossible) {
            return "ZZ";
        }
    }
}
