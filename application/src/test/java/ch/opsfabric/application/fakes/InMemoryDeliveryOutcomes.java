package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.DeliveryOutcomePort;
import ch.opsfabric.application.port.out.DeliveryReport;
import ch.opsfabric.application.port.out.OutboundSms;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Messages the provider accepted, by tenant and provider id, and the first final word on each. */
public final class InMemoryDeliveryOutcomes implements DeliveryOutcomePort {

    private record Key(UUID customerId, String providerId) {
    }

    private final Map<Key, OutboundSms> sent = new HashMap<>();
    private final Map<Key, DeliveryReport.State> outcomes = new HashMap<>();

    /** A message the dispatcher handed to the provider, which answered {@code providerId}. */
    public InMemoryDeliveryOutcomes sent(OutboundSms sms, String providerId) {
        sent.put(new Key(sms.customerId(), providerId), sms);
        return this;
    }

    @Override
    public Optional<OutboundSms> recordFirst(UUID customerId, String providerId, DeliveryReport.State state,
                                             String detail) {
        var key = new Key(customerId, providerId);
        if (!sent.containsKey(key) || outcomes.containsKey(key)) {
            return Optional.empty();
        }
        outcomes.put(key, state);
        return Optional.of(sent.get(key));
    }

    public Optional<DeliveryReport.State> outcomeOf(UUID customerId, String providerId) {
        return Optional.ofNullable(outcomes.get(new Key(customerId, providerId)));
    }
}
