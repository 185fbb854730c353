package ch.opsfabric.application.port.out;

import java.util.Locale;

/** Why a queued SMS was refused when it fell due, never to be sent; stored with the message and on its ticket. */
public enum RefusedReason {
    /** Its number belongs to a country outside {@code SMS_ALLOWED_COUNTRIES} (docs/domain-rules.md, SMS pumping guard). */
    COUNTRY_NOT_ALLOWED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
