package ch.opsfabric.application.conversation;

import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.OptedOut;
import ch.opsfabric.application.port.in.Caller;
import ch.opsfabric.application.port.in.ConverseUseCase;
import ch.opsfabric.application.port.in.MessageCommand;
import ch.opsfabric.application.port.in.NoteCommand;
import ch.opsfabric.application.port.in.SentMessage;
import ch.opsfabric.application.port.in.TimelineEntry;
import ch.opsfabric.application.port.out.EmailPurpose;
import ch.opsfabric.application.port.out.EmailQueuePort;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.LockTicketPort;
import ch.opsfabric.application.port.out.OptOutPort;
import ch.opsfabric.application.port.out.OutboundEmail;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.sms.SmsEncoding;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketEvent;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.UUID;

/**
 * Notes and messages on a ticket, each one entry of its log under the caller's name, written in one
 * transaction with the queued message, under the ticket's lock. A message passes the gates every SMS of
 * the service passes (SMS module, a mobile number, no opt-out) and waits out the business's quiet hours
 * unless urgent; an e-mail waits for them too. A refused message writes nothing.
 */
public final class ConversationService implements ConverseUseCase {

    private final Clock clock;
    private final Transactions transactions;
    private final LockTicketPort locks;
    private final TicketEventPort events;
    private final SmsQueuePort sms;
    private final EmailQueuePort email;
    private final OptOutPort optOuts;
    private final NumberingPlan numbers;
    private final IdGenerator ids;

    public ConversationService(Clock clock, Transactions transactions, LockTicketPort locks, TicketEventPort events,
                               SmsQueuePort sms, EmailQueuePort email, OptOutPort optOuts, NumberingPlan numbers,
                               IdGenerator ids) {
        this.clock = clock;
        this.transactions = transactions;
        this.locks = locks;
        this.events = events;
        this.sms = sms;
        this.email = email;
        this.optOuts = optOuts;
        this.numbers = numbers;
        this.ids = ids;
    }

    @Override
    public TimelineEntry addNote(Caller caller, NoteCommand command) {
        var tenant = caller.tenant();
        return transactions.forTenant(tenant.id(), () -> {
            var ticket = locked(tenant, command.ticketId());
            var note = TicketEvent.of(ticket.id(), EventType.NOTE_ADDED, null, command.text(), clock.instant())
                    .by(caller.actor());
            events.append(tenant.id(), note);
            return new TimelineEntry(note, null);
        });
    }

    @Override
    public SentMessage send(Caller caller, MessageCommand command) {
        var tenant = caller.tenant();
        return transactions.forTenant(tenant.id(), () -> {
            var ticket = locked(tenant, command.ticketId());
            var now = clock.instant();
            var dueAt = command.urgent() ? now : tenant.profile().quietHoursPolicy().nextAllowedSend(now);
            var outboundId = ids.newId();
            var metadata = new LinkedHashMap<String, Object>();
            metadata.put("channel", command.channel().code());
            metadata.put("urgent", command.urgent());
            metadata.put("outbound_id", outboundId.toString());
            var sent = switch (command.channel()) {
                case SMS -> {
                    var text = command.sms();
                    var to = textableNumber(tenant, ticket);
                    sms.enqueue(new OutboundSms(outboundId, tenant.id(), ticket.id(), SmsPurpose.STAFF_MESSAGE, to,
                            tenant.profile().smsNumber(), text.body(), now, dueAt, command.urgent(), 0));
                    metadata.put("encoding", text.encoding().name());
                    metadata.put("segments", text.segments());
                    yield new Sent(text.encoding(), text.segments());
                }
                case EMAIL -> {
                    var to = ticket.contact().email().orElseThrow(() -> new InvalidValue("channel",
                            "the ticket has no e-mail address: add contact_email or write by SMS"));
                    email.enqueue(new OutboundEmail(outboundId, tenant.id(), ticket.id(), EmailPurpose.STAFF_MESSAGE,
                            to, "Nachricht von " + tenant.profile().name(), command.text(), now, dueAt, 0));
                    yield new Sent(null, 0);
                }
            };
            var message = new TicketEvent(ticket.id(), EventType.MESSAGE_SENT, null, command.text(), metadata, now)
                    .by(caller.actor());
            events.append(tenant.id(), message);
            return new SentMessage(new TimelineEntry(message, command.channel() == MessageCommand.Channel.SMS
                    ? "pending" : null), command.channel(), sent.encoding(), sent.segments(), dueAt, command.urgent());
        });
    }

    private PhoneNumber textableNumber(Tenant tenant, Ticket ticket) {
        if (!tenant.has(Module.SMS)) {
            throw new InvalidValue("channel", "SMS are switched off for this business: write by e-mail");
        }
        var phone = ticket.contact().phone().orElseThrow(() -> new InvalidValue("channel",
                "the ticket has no telephone number: add contact_phone or write by e-mail"));
        if (!numbers.canReceiveSms(phone)) {
            throw new InvalidValue("channel", "the ticket's number cannot receive SMS (a landline?): call or write "
                    + "by e-mail");
        }
        if (optOuts.isOptedOut(tenant.id(), phone)) {
            throw new OptedOut("the customer's number opted out of SMS from this business (STOP); only their START "
                    + "lifts it: call or write by e-mail");
        }
        return phone;
    }

    private Ticket locked(Tenant tenant, UUID ticketId) {
        return locks.lock(tenant.id(), ticketId)
                .orElseThrow(() -> new NotFound("no ticket with id " + ticketId))
                .ticket();
    }

    private record Sent(SmsEncoding encoding, int segments) {
    }
}
