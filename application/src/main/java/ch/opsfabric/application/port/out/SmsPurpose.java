package ch.opsfabric.application.port.out;

import java.util.Locale;

/** Why an SMS is sent; decides throttling and lets reports count each kind. */
public enum SmsPurpose {
    CONFIRMATION, MISSED_CALL, WIZARD_LINK, APPOINTMENT, REVIEW_REQUEST, OPT_OUT_CONFIRMATION, OPT_IN_CONFIRMATION,
    /** Staff write to the customer (POST /api/tickets/{id}/messages). */
    STAFF_MESSAGE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SmsPurpose fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
