package example.embedding;

import ch.opsfabric.domain.reply.Reply;
import ch.opsfabric.domain.reply.ReplyParser;
import ch.opsfabric.domain.ticket.DedupeKey;
import ch.opsfabric.domain.ticket.Inquiry;
import ch.opsfabric.domain.ticket.StatusChange;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.ticket.Urgency;
import ch.opsfabric.domain.time.Canton;
import ch.opsfabric.domain.time.PublicHolidays;
import ch.opsfabric.domain.time.QuietHours;
import ch.opsfabric.domain.time.QuietHoursPolicy;
import ch.opsfabric.domain.time.SlaCalculator;
import ch.opsfabric.domain.time.SlaPolicy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * A request desk of another product, built on the OpsFabric domain jar alone: it takes a
 * customer's request, promises an answer time, holds the confirmation SMS out of the night, reads
 * the customer's reply and moves the job along. No OpsFabric service, database or framework is
 * involved; the product keeps its own storage and sends its own SMS.
 */
public final class RequestDesk {

    private final UUID business;
    private final ZoneId zone;
    private final SlaPolicy slaPolicy;
    private final QuietHoursPolicy quietHours;
    private final SlaCalculator slaCalculator;

    public RequestDesk(UUID business, ZoneId zone, QuietHours night, int responseMinutes, Canton canton,
                       PublicHolidays holidays) {
        this.business = business;
        this.zone = zone;
        this.slaPolicy = new SlaPolicy(responseMinutes, night, zone, true, Optional.of(canton));
        this.quietHours = new QuietHoursPolicy(night, zone);
        this.slaCalculator = new SlaCalculator(holidays);
    }

    /**
     * @param key               the same for every request of one contact on one local day, so the
     *                          product can join repeats instead of opening duplicates
     * @param confirmationDueAt when the confirmation SMS may go out: at once when urgent, otherwise
     *                          not before the night is over
     */
    public record Taken(Ticket ticket, Optional<DedupeKey> key, Instant confirmationDueAt) {
    }

    public Taken take(UUID ticketId, Inquiry inquiry, Instant now) {
        var key = DedupeKey.of(business, inquiry.contact(), now, zone);
        var deadline = slaCalculator.deadline(now, slaPolicy);
        var ticket = Ticket.open(ticketId, business, inquiry, key.orElse(null), now, deadline).ticket();
        var confirmationDueAt = inquiry.urgency() == Urgency.HIGH ? now : quietHours.nextAllowedSend(now);
        return new Taken(ticket, key, confirmationDueAt);
    }

    /**
     * The customer answered by SMS: "2" asks for a call-back, an opt-out word closes the request;
     * anything else leaves the ticket where it is. A refused move comes back as a value the
     * caller must handle.
     */
    public StatusChange answer(Ticket ticket, String smsBody, Instant now) {
        return switch (ReplyParser.parse(smsBody)) {
            case Reply.Option option when option.number() == 2 -> ticket.moveTo(TicketStatus.NEEDS_CALLBACK, now);
            case Reply.OptOut optOut -> ticket.moveTo(TicketStatus.CLOSED, now);
            default -> new StatusChange.Unchanged(ticket);
        };
    }
}
