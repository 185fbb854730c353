package ch.opsfabric.domain.privacy;

import ch.opsfabric.domain.ticket.EventType;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * docs/domain-rules.md, Privacy: a ticket with no activity for 24 months loses its personal data, but not its
 * existence, so that counts and reports of past months keep their totals.
 *
 * <p>Activity is the latest of the ticket's {@code updated_at} and the times of its events and
 * SMS. What stays is what reports count and nobody can be recognised by: source, status, urgency,
 * intent, all times, event types, and the values and metadata keys listed here; everything the
 * customer typed or could be reached by goes. Rows that belong to no ticket (calls, SMS, queued SMS and
 * e-mails) follow the same rule by their own time.
 *
 * <p>Some monthly counts join rows by the customer's number across up to 7 days (a reply to a
 * missed-call SMS, a call followed by a ticket); a row may also wait days to be sent. So those counts
 * are settled a month ahead of the erasure, never with a number already gone.
 */
public final class RetentionPolicy {

    public static final Period IDLE_PERIOD = Period.ofMonths(24);

    /** How far ahead of the erasure the counts that join rows by number are settled. */
    public static final Period SETTLE_AHEAD = Period.ofMonths(1);

    /** Events whose old and new values are the customer's own words or contact data. */
    public static final Set<EventType> PERSONAL_EVENT_VALUES =
            Set.of(EventType.SMS_RECEIVED, EventType.CONTACT_CHANGED, EventType.SUMMARY_CHANGED, EventType.NOTE_ADDED,
                    EventType.MESSAGE_SENT, EventType.MESSAGE_RECEIVED);

    /**
     * Event metadata keys written by the service itself, none of them personal; all others are dropped.
     * {@code by} ({@code customer_reply}) tells the monthly report which status changes were not staff's.
     */
    public static final Set<String> KEPT_EVENT_METADATA =
            Set.of("source", "urgency", "field", "attempt", "will_retry", "provider_id", "message_id", "by", "channel",
                    "encoding", "segments", "urgent", "outbound_id", "rule", "minutes_left");

    /**
     * Ticket metadata keys the service writes itself. Whatever the wizard sent (postcode, address,
     * photos, free answers) is dropped, as it may identify the customer.
     */
    public static final Set<String> KEPT_TICKET_METADATA = Set.of("media_count");

    private RetentionPolicy() {
    }

    /** Tickets whose last activity lies before this instant are due; counted in calendar months (UTC). */
    public static Instant idleSince(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minus(IDLE_PERIOD).toInstant();
    }

    /** Rows from before this instant have their report counts settled, ahead of {@link #idleSince}. */
    public static Instant settleReportsBefore(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minus(IDLE_PERIOD).plus(SETTLE_AHEAD).toInstant();
    }
}
