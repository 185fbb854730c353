package ch.opsfabric.application.port.out;

import java.util.Locale;

/** Why the business gets an e-mail. */
public enum EmailPurpose {
    NEW_REQUEST, RAISED_TO_HIGH, OVERDUE_REMINDER, SMS_FALLBACK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EmailPurpose fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
