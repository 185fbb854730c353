package ch.opsfabric.application.sms;

import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.OptOutPort;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.sms.Confirmation;
import ch.opsfabric.domain.sms.ConfirmationDecision;
import ch.opsfabric.domain.sms.ConfirmationThrottle;
import ch.opsfabric.domain.sms.SentConfirmation;
import ch.opsfabric.domain.sms.SmsText;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.Urgency;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Queues the SMS confirmation of a ticket when, and only when, it may go: the tenant's SMS module
 * is on, the contact has a mobile number and has not opted out, and the throttle allows it.
 * A non-urgent confirmation that falls into quiet hours is queued for their end.
 */
public final class Confirmations {

    private final SmsQueuePort queue;
    private final OptOutPort optOuts;
    private final IdGenerator ids;
    private final NumberingPlan numbers;

    public Confirmations(SmsQueuePort queue, OptOutPort optOuts, IdGenerator ids, NumberingPlan numbers) {
        this.queue = queue;
        this.optOuts = optOuts;
        this.ids = ids;
        this.numbers = numbers;
    }

    /**
     * A confirmation to queue.
     *
     * @param ticketJustOpened the ticket was opened in this very transaction: nothing was queued for
     *                         it before, so the throttle need not ask the queue
     */
    public record Request(Ticket ticket, SmsText text, boolean ticketJustOpened) {
    }

    /** @return whether the confirmation was queued */
    public boolean queue(Tenant tenant, Ticket ticket, SmsText text, Instant now, boolean ticketJustOpened) {
        return queueAll(tenant, List.of(new Request(ticket, text, ticketJustOpened)), now).getFirst();
    }

    /**
     * Confirmations of one business's tickets, decided as if one after the other in their order (a second
     * one for the same ticket sees the first), with the opt-outs looked up and the SMS queued in one
     * statement each.
     *
     * @return whether each was queued, in their order
     */
    public List<Boolean> queueAll(Tenant tenant, List<Request> requests, Instant now) {
        var textable = requests.stream()
                .map(request -> request.ticket().contact().phone().filter(number -> textable(tenant, number)))
                .toList();
        var optedOut = optOuts.optedOut(tenant.id(),
                textable.stream().flatMap(Optional::stream).collect(Collectors.toSet()));
        var queuedNow = new HashMap<UUID, List<SentConfirmation>>();
        var outcomes = new ArrayList<Boolean>();
        var messages = new ArrayList<OutboundSms>();
        for (int index = 0; index < requests.size(); index++) {
            var request = requests.get(index);
            var ticket = request.ticket();
            var phone = textable.get(index).filter(number -> !optedOut.contains(number));
            var urgent = ticket.urgency() == Urgency.HIGH;
            var earlier = new ArrayList<>(queuedNow.getOrDefault(ticket.id(), List.of()));
            if (phone.isPresent() && !request.ticketJustOpened()) {
                queue.queuedFor(ticket.id(), SmsPurpose.CONFIRMATION).forEach(queued ->
                        earlier.add(new SentConfirmation(queued.goesOutAt(), SmsText.of(queued.body()))));
            }
            var goes = phone.isPresent() && ConfirmationThrottle.decide(new Confirmation(request.text(), urgent),
                    earlier, now) instanceof ConfirmationDecision.Send;
            if (goes) {
                var sms = sms(tenant, ticket.id(), SmsPurpose.CONFIRMATION, phone.get(), request.text(), now, urgent);
                messages.add(sms);
                queuedNow.computeIfAbsent(ticket.id(), first -> new ArrayList<>())
                        .add(new SentConfirmation(sms.dueAt(), request.text()));
            }
            outcomes.add(goes);
        }
        queue.enqueueAll(messages);
        return outcomes;
    }

    /**
     * Queues an SMS about a ticket that is news to the customer rather than a confirmation, such as
     * the appointment: it passes the same gates (SMS module, mobile number, no opt-out, quiet hours
     * unless urgent) but no throttle, so a rescheduled appointment is always told. Only a repeat of
     * the last text queued for the same purpose is dropped.
     *
     * @return whether the SMS was queued
     */
    public boolean queueNotice(Tenant tenant, Ticket ticket, SmsPurpose purpose, SmsText text, Instant now) {
        var phone = ticket.contact().phone();
        if (!mayText(tenant, phone)) {
            return false;
        }
        var earlier = queue.queuedFor(ticket.id(), purpose);
        if (!earlier.isEmpty() && earlier.getLast().body().equals(text.body())) {
            return false;
        }
        enqueue(tenant, ticket.id(), purpose, phone.get(), text, now, ticket.urgency() == Urgency.HIGH);
        return true;
    }

    /**
     * Queues an SMS that belongs to no ticket, such as the wizard link or the opt-out notice, for
     * now or, inside quiet hours, for their end.
     */
    public void queueOutsideTicket(Tenant tenant, PhoneNumber to, SmsPurpose purpose, SmsText text, Instant now) {
        enqueue(tenant, null, purpose, to, text, now, false);
    }

    private void enqueue(Tenant tenant, UUID ticketId, SmsPurpose purpose, PhoneNumber to, SmsText text, Instant now,
                         boolean urgent) {
        queue.enqueue(sms(tenant, ticketId, purpose, to, text, now, urgent));
    }

    /** From the business's number; urgent goes at once, anything else waits out the quiet hours. */
    private OutboundSms sms(Tenant tenant, UUID ticketId, SmsPurpose purpose, PhoneNumber to, SmsText text, Instant now,
                            boolean urgent) {
        var dueAt = urgent ? now : tenant.profile().quietHoursPolicy().nextAllowedSend(now);
        return new OutboundSms(ids.newId(), tenant.id(), ticketId, purpose, to, tenant.profile().smsNumber(),
                text.body(), now, dueAt, urgent, 0);
    }

    /** Whether the ticket's contact has a number that takes SMS, whether or not it may be texted now. */
    public boolean hasMobile(Ticket ticket) {
        return ticket.contact().phone().filter(numbers::canReceiveSms).isPresent();
    }

    private boolean mayText(Tenant tenant, Optional<PhoneNumber> phone) {
        return phone.isPresent() && textable(tenant, phone.get()) && !optOuts.isOptedOut(tenant.id(), phone.get());
    }

    /** Whether the business sends SMS and the number takes them, opt-outs aside. */
    private boolean textable(Tenant tenant, PhoneNumber phone) {
        return tenant.has(Module.SMS) && numbers.canReceiveSms(phone);
    }
}
