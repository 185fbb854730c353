package ch.opsfabric.application.port.out;

import java.util.Locale;

/** Why an e-mail is sent: mostly to the business, a confirmation to the customer. */
public enum EmailPurpose {
    NEW_REQUEST, RAISED_TO_HIGH, OVERDUE_REMINDER, SMS_FALLBACK,
    /** The business's SMS reached its daily cap; to the business and the operator. */
    SMS_CAP_REACHED,
    /** A link to set a password: an invitation, or a reset the person asked for. */
    STAFF_INVITATION, PASSWORD_RESET,
    /** Little SLA time is left on an unanswered ticket; to its assignee or the business. */
    SLA_WARNING,
    /** Staff write to the customer by e-mail. */
    STAFF_MESSAGE,
    /** To a customer who wrote by e-mail or has no mobile number: their request is in. */
    CUSTOMER_CONFIRMATION,
    /** Last month's report, with its PDF, on the 1st at 08:00 local time. */
    MONTHLY_REPORT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EmailPurpose fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
