package ch.opsfabric.application.staff;

import ch.opsfabric.application.port.out.OptOutPort;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The outbound queue and the opt-out list in memory: what was queued, for whom, and who said STOP. */
final class InMemorySmsQueue implements SmsQueuePort, OptOutPort {

    final List<OutboundSms> queued = new ArrayList<>();
    private final Set<String> optedOut = new HashSet<>();

    @Override
    public void enqueue(OutboundSms sms) {
        queued.add(sms);
    }

    @Override
    public List<QueuedText> queuedFor(UUID ticketId, SmsPurpose purpose) {
        return queued.stream().filter(sms -> ticketId.equals(sms.ticketId()) && sms.purpose() == purpose)
                .map(sms -> new QueuedText(sms.queuedAt(), sms.body())).toList();
    }

    @Override
    public int cancelPending(UUID customerId, PhoneNumber to, SmsPurpose purpose) {
        throw new UnsupportedOperationException("not used by the staff use cases");
    }

    @Override
    public boolean isOptedOut(UUID customerId, PhoneNumber phone) {
        return optedOut.contains(customerId + ":" + phone.e164());
    }

    @Override
    public boolean optOut(UUID customerId, PhoneNumber phone, Instant at) {
        return optedOut.add(customerId + ":" + phone.e164());
    }

    @Override
    public boolean optIn(UUID customerId, PhoneNumber phone) {
        return optedOut.remove(customerId + ":" + phone.e164());
    }
}
