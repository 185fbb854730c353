package ch.opsfabric.application.port.out;

import java.util.Locale;

/** Why an SMS is sent; decides throttling and lets reports count each kind. */
public enum SmsPurpose {
    CONFIRMATION, MISSED_CALL, WIZARD_LINK, APPOINTMENT, REVIEW_REQUEST, OPT_OUT_CONFIRMATION, OPT_IN_CONFIRMATION,
    /** Staff write to the customer (POST /api/tickets/{id}/messages). */
    STAFF_MESSAGE,
    /** An urgent request, told to the business's own alert phone; at most one per ticket. */
    URGENT_ALERT;

    /**
     * Whether it goes to the business itself, not to a customer: no opt-out and no daily cap concern
     * it, and the ticket's contact changing does not make it wrong.
     */
    public boolean toTheBusiness() {
        return this == URGENT_ALERT;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SmsPurpose fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
