package ch.opsfabric.application.review;

import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The outbound queue as a list; remembers in which transaction each SMS was queued. */
final class InMemoryOutbox implements SmsQueuePort {

    record Queued(OutboundSms sms, int transaction) {
    }

    private final NumberedTransactions transactions;
    final List<Queued> queued = new ArrayList<>();

    InMemoryOutbox(NumberedTransactions transactions) {
        this.transactions = transactions;
    }

    List<OutboundSms> messages() {
        return queued.stream().map(Queued::sms).toList();
    }

    @Override
    public void enqueue(OutboundSms sms) {
        queued.add(new Queued(sms, transactions.current()));
    }

    @Override
    public List<QueuedText> queuedFor(UUID ticketId, SmsPurpose purpose) {
        return messages().stream().filter(sms -> ticketId.equals(sms.ticketId()) && sms.purpose() == purpose)
                .map(sms -> new QueuedText(sms.queuedAt(), sms.body())).toList();
    }

    @Override
    public int cancelPending(UUID customerId, PhoneNumber to, SmsPurpose purpose) {
        return 0;
    }
}
