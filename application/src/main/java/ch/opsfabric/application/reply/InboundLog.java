package ch.opsfabric.application.reply;

import ch.opsfabric.application.port.in.ReplyCommand;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.SmsLogEntry;
import ch.opsfabric.application.port.out.SmsLogPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.domain.reply.Reply;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Actor;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.TicketEvent;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Every inbound SMS is logged once, however often the provider delivers it, and on its ticket's history. */
public final class InboundLog {

    private final SmsLogPort smsLog;
    private final TicketEventPort events;
    private final IdGenerator ids;

    public InboundLog(SmsLogPort smsLog, TicketEventPort events, IdGenerator ids) {
        this.smsLog = smsLog;
        this.events = events;
        this.ids = ids;
    }

    boolean alreadyLogged(Tenant tenant, ReplyCommand command) {
        return smsLog.hasInbound(tenant.id(), command.messageId());
    }

    /** An SMS that answers staff is a {@code message_received} of their conversation, any other one {@code sms_received}. */
    void log(Tenant tenant, ReplyCommand command, Reply reply, Optional<TicketReplies.Landed> ticket, Instant now) {
        var ticketId = ticket.map(TicketReplies.Landed::ticketId).orElse(null);
        var type = ticket.filter(TicketReplies.Landed::conversation).isPresent()
                ? EventType.MESSAGE_RECEIVED : EventType.SMS_RECEIVED;
        smsLog.record(new SmsLogEntry(ids.newId(), tenant.id(), ticketId, SmsLogEntry.Direction.INBOUND,
                command.from(), command.recipient().e164(), command.body(), command.messageId(), "received", now,
                ReplyKinds.code(reply)));
        if (ticketId != null) {
            events.append(tenant.id(), new TicketEvent(ticketId, type, null, command.body(),
                    Map.of("message_id", command.messageId()), now, Actor.CUSTOMER));
        }
    }
}
