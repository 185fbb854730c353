package ch.opsfabric.domain.tenant;

import java.util.Locale;

/** The subscription a tenant pays for. */
public enum Plan {
    PILOT, STARTER, PRO, PREMIUM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Plan fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
