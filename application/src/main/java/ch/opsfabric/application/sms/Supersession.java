package ch.opsfabric.application.sms;

import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SinceQueued;
import ch.opsfabric.application.port.out.SupersededReason;
import ch.opsfabric.domain.ticket.TicketStatus;
import java.util.Optional;

/**
 * Whether a queued SMS still holds when it falls due (docs/domain-rules.md, Quiet hours and outbound timing).
 * Messages held through the quiet hours are the common case: by 07:00 the ticket may have been answered, the
 * appointment moved or
 * the number corrected, and a text that no longer fits must not go out.
 * A message to the business itself (an urgent alert) always holds.
 * <ul>
 *   <li>any message about a ticket whose number is no longer the one it was queued for;</li>
 *   <li>a confirmation whose ticket the business has moved on since;</li>
 *   <li>a missed-call SMS whose caller has written, got through or been helped since;</li>
 *   <li>an appointment notice whose ticket is done or closed, or whose appointment changed since.</li>
 * </ul>
 */
public final class Supersession {

    private Supersession() {
    }

    /** @return why the message no longer holds, or empty when it goes out as queued */
    public static Optional<SupersededReason> of(OutboundSms sms, SinceQueued since) {
        if (sms.purpose().toTheBusiness()) {
            return Optional.empty();
        }
        var ticket = since.ticket();
        if (ticket.isPresent() && !ticket.get().contactPhone().map(sms.to()::equals).orElse(false)) {
            return Optional.of(SupersededReason.CONTACT_CHANGED);
        }
        return switch (sms.purpose()) {
            case CONFIRMATION -> reasonIf(since.answered(), SupersededReason.TICKET_ANSWERED);
            case MISSED_CALL -> reasonIf(since.callerInTouch(), SupersededReason.CALLER_IN_TOUCH);
            case APPOINTMENT -> ticket.map(now -> finished(now.status())).orElse(false)
                    ? Optional.of(SupersededReason.JOB_FINISHED)
                    : reasonIf(since.appointmentChanged(), SupersededReason.APPOINTMENT_CHANGED);
            case WIZARD_LINK, REVIEW_REQUEST, OPT_OUT_CONFIRMATION, OPT_IN_CONFIRMATION, STAFF_MESSAGE, URGENT_ALERT ->
                    Optional.empty();
        };
    }

    private static boolean finished(TicketStatus status) {
        return status == TicketStatus.DONE || status == TicketStatus.CLOSED;
    }

    private static Optional<SupersededReason> reasonIf(boolean happened, SupersededReason reason) {
        return happened ? Optional.of(reason) : Optional.empty();
    }
}
