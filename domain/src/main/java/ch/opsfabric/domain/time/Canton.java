package ch.opsfabric.domain.time;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The 26 Swiss cantons, by their official two-letter abbreviation.
 *
 * <p>A type rather than a free string because the holiday library answers an unknown
 * subdivision code with the federal holidays alone, which would silently drop a tenant's
 * cantonal holidays; an unknown code is refused here instead.
 */
public enum Canton {
    AG, AI, AR, BE, BL, BS, FR, GE, GL, GR, JU, LU, NE,
    NW, OW, SG, SH, SO, SZ, TG, TI, UR, VD, VS, ZG, ZH;

    /** Parses a code such as {@code "zh"} or {@code "ZH"}. */
    public static Canton fromCode(String code) {
        Objects.requireNonNull(code, "canton code is required");
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(canton -> canton.name().equals(normalised))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown canton: '" + code + "'"));
    }

    /** The lower-case code, as stored in tenant configuration and used by the holiday library. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
