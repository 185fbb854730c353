package ch.opsfabric.application.reply;

import ch.opsfabric.application.intake.TicketIntake;
import ch.opsfabric.application.port.in.ReplyCommand;
import ch.opsfabric.application.port.out.ConversationPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.sms.Confirmations;
import ch.opsfabric.domain.missedcall.CallerHistory;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.sms.SmsTemplates;
import ch.opsfabric.domain.sms.SmsText;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Actor;
import ch.opsfabric.domain.ticket.Contact;
import ch.opsfabric.domain.ticket.Inquiry;
import ch.opsfabric.domain.ticket.StatusChange;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketEvent;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.ticket.Urgency;
import ch.opsfabric.domain.time.GermanTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Replies that become a ticket: "1" an urgent one, "2" a call-back request, free text one with the
 * text as summary. A same-day reply joins the caller's open ticket; the customer is confirmed once.
 * Free text that answers staff joins their conversation instead (docs/domain-rules.md, Conversation).
 */
public final class TicketReplies {

    private final TicketIntake intake;
    private final TicketStorePort tickets;
    private final TicketEventPort events;
    private final Confirmations confirmations;
    private final ConversationPort conversations;

    public TicketReplies(TicketIntake intake, TicketStorePort tickets, TicketEventPort events,
                         Confirmations confirmations, ConversationPort conversations) {
        this.intake = intake;
        this.tickets = tickets;
        this.events = events;
        this.confirmations = confirmations;
        this.conversations = conversations;
    }

    /**
     * The ticket a message landed on, the channel it counts for, and whether it joined an open ticket;
     * {@code conversation} when it answers staff, which is no new request and is not counted as one.
     */
    record Landed(UUID ticketId, TicketSource source, boolean joined, boolean conversation) {
    }

    /** How long after staff last wrote to a customer an SMS of theirs still answers it. */
    static final Duration CONVERSATION_WINDOW = Duration.ofDays(14);

    /**
     * Free text from a number whose open ticket got a staff message within {@link #CONVERSATION_WINDOW}
     * joins that ticket as the customer's answer, whatever the day; nothing is confirmed.
     */
    Optional<Landed> conversation(Tenant tenant, PhoneNumber sender, Instant now) {
        return conversations.openTicketWrittenTo(tenant.id(), sender, now.minus(CONVERSATION_WINDOW))
                .map(ticketId -> new Landed(ticketId, TicketSource.SMS_REPLY, true, true));
    }

    Landed option(Tenant tenant, PhoneNumber sender, CallerHistory history, int option, ReplyCommand command,
                  Instant now) {
        return ticketFor(tenant, sender, history, option == 1 ? Urgency.HIGH : Urgency.MED,
                option == 1 ? "Antwort 1: Dringend / Notfall" : "Antwort 2: Rückruf gewünscht", command, now,
                option == 2);
    }

    Landed freeText(Tenant tenant, PhoneNumber sender, CallerHistory history, String text, ReplyCommand command,
                    Instant now) {
        return ticketFor(tenant, sender, history, Urgency.MED, text, command, now, false);
    }

    private Landed ticketFor(Tenant tenant, PhoneNumber sender, CallerHistory history, Urgency urgency,
                             String summary, ReplyCommand command, Instant now, boolean wantsCallback) {
        var source = history.missedCallSmsTimes().isEmpty() ? TicketSource.SMS_REPLY : TicketSource.MISSED_CALL;
        var metadata = command.mediaCount() > 0 ? Map.<String, Object>of("media_count", command.mediaCount())
                : Map.<String, Object>of();
        var inquiry = new Inquiry(source, null, urgency, Contact.of(null, sender, null), summary, metadata);
        var recorded = intake.record(tenant, inquiry, Actor.CUSTOMER, now);
        var ticket = recorded.ticket();
        if (wantsCallback) {
            ticket = requestCallback(tenant, ticket, now);
        }
        confirmations.queue(tenant, ticket, confirmation(tenant, ticket, wantsCallback, urgency, now), now,
                !recorded.merged());
        return new Landed(ticket.id(), source, recorded.merged(), false);
    }

    /** Reply "2": the ticket waits for a call-back, unless work on it has already moved past that. */
    private Ticket requestCallback(Tenant tenant, Ticket ticket, Instant now) {
        if (ticket.moveTo(TicketStatus.NEEDS_CALLBACK, now) instanceof StatusChange.Moved moved) {
            tickets.update(moved.ticket());
            // Marked as the customer's doing, so reports do not count it as the business's first response.
            var event = moved.event();
            events.append(tenant.id(), new TicketEvent(event.ticketId(), event.type(), event.oldValue(),
                    event.newValue(), Map.of("by", "customer_reply"), event.at(), Actor.CUSTOMER));
            return moved.ticket();
        }
        return ticket;
    }

    private static SmsText confirmation(Tenant tenant, Ticket ticket, boolean wantsCallback, Urgency asked,
                                        Instant now) {
        var business = tenant.profile().name();
        var urgent = ticket.urgency() == Urgency.HIGH;
        if (asked == Urgency.HIGH) {
            return SmsTemplates.urgentReplyConfirmation(business);
        }
        var sla = GermanTime.deadline(ticket.slaDeadline(), now, tenant.profile().timezone());
        return wantsCallback
                ? SmsTemplates.callbackReplyConfirmation(business, sla, urgent)
                : SmsTemplates.freeTextConfirmation(business, sla, urgent);
    }
}
