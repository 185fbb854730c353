package ch.opsfabric.domain.ticket;

import java.util.Locale;

/** The kinds of entries in a ticket's audit log ({@code ticket_events.event_type}). */
public enum EventType {
    CREATED, STATUS_CHANGED, DEDUPE_MERGED, SMS_SENT, SMS_RECEIVED, SMS_FAILED,
    /** A queued SMS that no longer held when it fell due, dropped unsent; metadata names the reason. */
    SMS_SUPERSEDED,
    /** A queued SMS refused when it fell due (a country not allowed); metadata names the reason and the country. */
    SMS_REFUSED,
    REVIEW_REQUESTED, REVIEW_CLICKED, ESCALATED,
    /** Staff corrections and appointments (staff API); old and new value are the stored values. */
    CONTACT_CHANGED, SUMMARY_CHANGED, APPOINTMENT_CHANGED, URGENCY_CHANGED,
    /** Old and new value are staff member ids (null: nobody). */
    ASSIGNMENT_CHANGED,
    /** An internal note; the new value is its text, which never reaches the customer. */
    NOTE_ADDED,
    /** Staff wrote to the customer; the new value is the text, metadata the channel and, for SMS, its encoding. */
    MESSAGE_SENT,
    /** The customer answered a conversation by SMS; the new value is the text. */
    MESSAGE_RECEIVED,
    /** Little SLA time is left on a ticket nobody answered yet; sent once. */
    SLA_WARNING;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventType fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
