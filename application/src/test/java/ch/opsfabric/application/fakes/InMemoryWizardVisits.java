package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.WizardVisitPort;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Wizard visits by id with their business, and which of them a submission named, as the store keeps them. */
public final class InMemoryWizardVisits implements WizardVisitPort {

    private final Map<UUID, UUID> businessOfVisit = new LinkedHashMap<>();
    private final Set<UUID> submitted = new HashSet<>();

    @Override
    public void record(UUID visitId, UUID customerId, Instant at) {
        businessOfVisit.put(visitId, customerId);
    }

    @Override
    public void markSubmitted(UUID customerId, UUID visitId) {
        if (customerId.equals(businessOfVisit.get(visitId))) {
            submitted.add(visitId);
        }
    }

    public boolean submitted(UUID visitId) {
        return submitted.contains(visitId);
    }
}
