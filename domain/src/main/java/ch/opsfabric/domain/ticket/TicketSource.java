package ch.opsfabric.domain.ticket;

import java.util.Locale;

/** The channel a request came in through; stored and reported in lower case. */
public enum TicketSource {
    WIZARD, MISSED_CALL, SMS_REPLY, WHATSAPP, EMAIL, MANUAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TicketSource fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
