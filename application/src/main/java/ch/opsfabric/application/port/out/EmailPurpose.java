package ch.opsfabric.application.port.out;

import java.util.Locale;

/** Why the business gets an e-mail. */
public enum EmailPurpose {
    NEW_REQUEST, RAISED_TO_HIGH, OVERDUE_REMINDER, SMS_FALLBACK,
    /** The business's SMS reached its daily cap; to the business and the operator. */
    SMS_CAP_REACHED,
    /** A link to set a password: an invitation, or a reset the person asked for. */
    STAFF_INVITATION, PASSWORD_RESET,
    /** Little SLA time is left on an unanswered ticket; to its assignee or the business. */
    SLA_WARNING,
    /** Staff write to the customer by e-mail. */
    STAFF_MESSAGE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EmailPurpose fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
