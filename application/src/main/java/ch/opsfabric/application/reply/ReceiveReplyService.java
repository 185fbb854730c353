package ch.opsfabric.application.reply;

import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.intake.TicketIntake;
import ch.opsfabric.application.port.in.ReceiveReplyUseCase;
import ch.opsfabric.application.port.in.ReplyCommand;
import ch.opsfabric.application.port.out.CallerHistoryPort;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.OptOutPort;
import ch.opsfabric.application.port.out.SmsLogPort;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.application.sms.Confirmations;
import ch.opsfabric.application.port.out.SmsLogEntry;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.domain.missedcall.CallerHistory;
import ch.opsfabric.domain.phone.CallerId;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.reply.Reply;
import ch.opsfabric.domain.reply.ReplyParser;
import ch.opsfabric.domain.sms.SmsTemplates;
import ch.opsfabric.domain.sms.SmsText;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Contact;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.Inquiry;
import ch.opsfabric.domain.ticket.StatusChange;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketEvent;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.ticket.Urgency;
import ch.opsfabric.domain.time.GermanTime;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a customer's SMS into action (SPEC §4.7): "1" makes an urgent ticket, "2" a call-back
 * request, "3" answers with the wizard link and opens nothing, anything else becomes a ticket
 * with the text as summary; STOP words opt the number out and START back in, each confirmed once.
 * Same-day replies join the open ticket. Every message is logged once, however often delivered.
 */
public final class ReceiveReplyService implements ReceiveReplyUseCase {

    private final Clock clock;
    private final Transactions transactions;
    private final LoadTenantPort tenants;
    private final CallerHistoryPort callers;
    private final SmsLogPort smsLog;
    private final OptOutPort optOuts;
    private final SmsQueuePort queue;
    private final TicketIntake intake;
    private final TicketStorePort tickets;
    private final TicketEventPort events;
    private final Confirmations confirmations;
    private final WizardLinks wizardLinks;
    private final IdGenerator ids;

    public ReceiveReplyService(Clock clock, Transactions transactions, LoadTenantPort tenants,
                               CallerHistoryPort callers, SmsLogPort smsLog, OptOutPort optOuts, SmsQueuePort queue,
                               TicketIntake intake, TicketStorePort tickets, TicketEventPort events,
                               Confirmations confirmations, WizardLinks wizardLinks, IdGenerator ids) {
        this.clock = clock;
        this.transactions = transactions;
        this.tenants = tenants;
        this.callers = callers;
        this.smsLog = smsLog;
        this.optOuts = optOuts;
        this.queue = queue;
        this.intake = intake;
        this.tickets = tickets;
        this.events = events;
        this.confirmations = confirmations;
        this.wizardLinks = wizardLinks;
        this.ids = ids;
    }

    @Override
    public void receive(ReplyCommand command) {
        var tenant = tenants.bySmsNumber(command.recipient())
                .orElseThrow(() -> new NotFound("no business answers on " + command.to()));
        transactions.forTenant(tenant.id(), () -> {
            var now = clock.instant();
            var sender = CallerId.of(command.from());
            // Taking the sender's lock first makes a concurrent second delivery wait and then see the first.
            var history = sender instanceof CallerId.Known(var number)
                    ? Optional.of(callers.lockAndLoad(tenant.id(), number, now, tenant.profile().timezone()))
                    : Optional.<CallerHistory>empty();
            if (smsLog.hasInbound(tenant.id(), command.messageId())) {
                return null;
            }
            var reply = ReplyParser.parse(command.body());
            UUID ticketId = null;
            if (sender instanceof CallerId.Known(var number)) {
                ticketId = act(tenant, number, history.orElseThrow(), reply, command, now).orElse(null);
            }
            smsLog.record(new SmsLogEntry(ids.newId(), tenant.id(), ticketId, SmsLogEntry.Direction.INBOUND,
                    command.from(), command.recipient().e164(), command.body(), command.messageId(), "received", now,
                    ReplyKinds.code(reply)));
            if (ticketId != null) {
                events.append(tenant.id(), new TicketEvent(ticketId, EventType.SMS_RECEIVED, null, command.body(),
                        Map.of("message_id", command.messageId()), now));
            }
            return null;
        });
    }

    /** @return the ticket the message landed on, if any */
    private Optional<UUID> act(Tenant tenant, PhoneNumber sender, CallerHistory history, Reply reply,
                               ReplyCommand command, Instant now) {
        return switch (reply) {
            case Reply.OptOut optOut -> {
                if (optOuts.optOut(tenant.id(), sender, now)) {
                    Arrays.stream(SmsPurpose.values()).forEach(purpose -> queue.cancelPending(tenant.id(), sender, purpose));
                    confirmations.queueOutsideTicket(tenant, sender, SmsPurpose.OPT_OUT_CONFIRMATION,
                            SmsTemplates.optOutConfirmation(tenant.profile().name()), now);
                }
                yield Optional.empty();
            }
            case Reply.OptIn optIn -> {
                if (optOuts.optIn(tenant.id(), sender)) {
                    confirmations.queueOutsideTicket(tenant, sender, SmsPurpose.OPT_IN_CONFIRMATION,
                            SmsTemplates.optInConfirmation(tenant.profile().name()), now);
                }
                yield Optional.empty();
            }
            case Reply.Option option when option.number() == 3 -> {
                if (tenant.has(Module.SMS) && !history.optedOut()) {
                    confirmations.queueOutsideTicket(tenant, sender, SmsPurpose.WIZARD_LINK,
                            SmsTemplates.wizardLink(wizardLinks.forCaller(tenant, sender)), now);
                }
                yield Optional.empty();
            }
            case Reply.Option option -> Optional.of(ticketFor(tenant, sender, history, option.number() == 1
                    ? Urgency.HIGH : Urgency.MED, option.number() == 1 ? "Antwort 1: Dringend / Notfall"
                    : "Antwort 2: Rückruf gewünscht", command, now, option.number() == 2));
            case Reply.FreeText text -> Optional.of(ticketFor(tenant, sender, history, Urgency.MED, text.text(),
                    command, now, false));
        };
    }

    private UUID ticketFor(Tenant tenant, PhoneNumber sender, CallerHistory history, Urgency urgency, String summary,
                           ReplyCommand command, Instant now, boolean wantsCallback) {
        var source = history.missedCallSmsTimes().isEmpty() ? TicketSource.SMS_REPLY : TicketSource.MISSED_CALL;
        var metadata = command.mediaCount() > 0 ? Map.<String, Object>of("media_count", command.mediaCount())
                : Map.<String, Object>of();
        var inquiry = new Inquiry(source, null, urgency, Contact.of(null, sender, null), summary, metadata);
        var recorded = intake.record(tenant, inquiry, now);
        var ticket = recorded.ticket();
        if (wantsCallback) {
            ticket = requestCallback(tenant, ticket, now);
        }
        confirmations.queue(tenant, ticket, confirmation(tenant, ticket, wantsCallback, urgency, now), now,
                !recorded.merged());
        return ticket.id();
    }

    /** Reply "2": the ticket waits for a call-back, unless work on it has already moved past that. */
    private Ticket requestCallback(Tenant tenant, Ticket ticket, Instant now) {
        if (ticket.moveTo(TicketStatus.NEEDS_CALLBACK, now) instanceof StatusChange.Moved moved) {
            tickets.update(moved.ticket());
            // Marked as the customer's doing, so reports do not count it as the business's first response.
            var event = moved.event();
            events.append(tenant.id(), new TicketEvent(event.ticketId(), event.type(), event.oldValue(),
                    event.newValue(), Map.of("by", "customer_reply"), event.at()));
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
