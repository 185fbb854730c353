package ch.opsfabric.application.reply;

import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.in.ReceiveReplyUseCase;
import ch.opsfabric.application.port.in.ReplyCommand;
import ch.opsfabric.application.port.out.CallerHistoryPort;
import ch.opsfabric.application.port.out.IntakeCountsPort;
import ch.opsfabric.application.port.out.IntakeCountsPort.IntakeResult;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.missedcall.CallerHistory;
import ch.opsfabric.domain.phone.CallerId;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.reply.Reply;
import ch.opsfabric.domain.reply.ReplyParser;
import ch.opsfabric.domain.tenant.Tenant;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a customer's SMS into action (docs/domain-rules.md, Replies): "1" makes an urgent ticket, "2" a call-back
 * request, "3" answers with the wizard link and opens nothing, anything else becomes a ticket
 * with the text as summary; STOP words opt the number out and START back in, each confirmed once.
 * Same-day replies join the open ticket. Every message is logged once, however often delivered.
 * This class reads the reply and hands it to the handler of its kind.
 */
public final class ReceiveReplyService implements ReceiveReplyUseCase {

    private final Clock clock;
    private final Transactions transactions;
    private final LoadTenantPort tenants;
    private final CallerHistoryPort callers;
    private final InboundLog inbound;
    private final OptOutReplies optOuts;
    private final WizardLinkReply wizardLink;
    private final TicketReplies ticketReplies;
    private final IntakeCountsPort intakeCounts;

    public ReceiveReplyService(Clock clock, Transactions transactions, LoadTenantPort tenants,
                               CallerHistoryPort callers, InboundLog inbound, OptOutReplies optOuts,
                               WizardLinkReply wizardLink, TicketReplies ticketReplies,
                               IntakeCountsPort intakeCounts) {
        this.clock = clock;
        this.transactions = transactions;
        this.tenants = tenants;
        this.callers = callers;
        this.inbound = inbound;
        this.optOuts = optOuts;
        this.wizardLink = wizardLink;
        this.ticketReplies = ticketReplies;
        this.intakeCounts = intakeCounts;
    }

    @Override
    public void receive(ReplyCommand command) {
        var tenant = tenants.bySmsNumber(command.recipient())
                .orElseThrow(() -> new NotFound("no business answers on " + command.to()));
        var landed = transactions.forTenant(tenant.id(), () -> {
            var now = clock.instant();
            var sender = CallerId.of(command.from());
            // Taking the sender's lock first makes a concurrent second delivery wait and then see the first.
            var history = sender instanceof CallerId.Known(var number)
                    ? Optional.of(callers.lockAndLoad(tenant.id(), number, now, tenant.profile().timezone()))
                    : Optional.<CallerHistory>empty();
            if (inbound.alreadyLogged(tenant, command)) {
                return Optional.<TicketReplies.Landed>empty();
            }
            var reply = ReplyParser.parse(command.body());
            var ticket = sender instanceof CallerId.Known(var number)
                    ? act(tenant, number, history.orElseThrow(), reply, command, now)
                    : Optional.<TicketReplies.Landed>empty();
            inbound.log(tenant, command, reply, ticket, now);
            return ticket;
        });
        // Counted once committed: a reply whose transaction failed made no ticket.
        landed.filter(ticket -> !ticket.conversation()).ifPresent(ticket -> intakeCounts.count(ticket.source(),
                ticket.joined() ? IntakeResult.JOINED : IntakeResult.CREATED));
    }

    /** @return the ticket the message landed on, if any */
    private Optional<TicketReplies.Landed> act(Tenant tenant, PhoneNumber sender, CallerHistory history,
                                               Reply reply, ReplyCommand command, Instant now) {
        return switch (reply) {
            case Reply.OptOut optOut -> {
                optOuts.optOut(tenant, sender, now);
                yield Optional.<TicketReplies.Landed>empty();
            }
            case Reply.OptIn optIn -> {
                optOuts.optIn(tenant, sender, now);
                yield Optional.<TicketReplies.Landed>empty();
            }
            case Reply.Option option when option.number() == 3 -> {
                wizardLink.answer(tenant, sender, history, now);
                yield Optional.<TicketReplies.Landed>empty();
            }
            case Reply.Option option -> Optional.of(
                    ticketReplies.option(tenant, sender, history, option.number(), command, now));
            case Reply.FreeText text -> ticketReplies.conversation(tenant, sender, now).or(() -> Optional.of(
                    ticketReplies.freeText(tenant, sender, history, text.text(), command, now)));
        };
    }
}
