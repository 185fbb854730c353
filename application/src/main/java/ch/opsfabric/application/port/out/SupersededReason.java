package ch.opsfabric.application.port.out;

import java.util.Locale;

/** Why a queued SMS was dropped when it fell due; stored with the message and on its ticket. */
public enum SupersededReason {
    /** The ticket's number was corrected: the message would reach someone who is no longer the contact. */
    CONTACT_CHANGED,
    /** The business moved the ticket on since the confirmation was queued. */
    TICKET_ANSWERED,
    /** The missed caller has written, got through or been helped since. */
    CALLER_IN_TOUCH,
    /** The appointment the message announces was changed or cancelled. */
    APPOINTMENT_CHANGED,
    /** The job is done or closed, so an appointment notice comes too late. */
    JOB_FINISHED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
