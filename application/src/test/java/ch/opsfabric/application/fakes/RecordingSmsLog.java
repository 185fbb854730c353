package ch.opsfabric.application.fakes;

import java.util.UUID;
import ch.opsfabric.application.port.out.SmsLogPort;
import ch.opsfabric.application.port.out.SmsLogEntry;
import java.util.ArrayList;
import java.util.List;

public final class RecordingSmsLog implements SmsLogPort {

    private final List<SmsLogEntry> entries = new ArrayList<>();

    @Override
    public void record(SmsLogEntry entry) {
        entries.add(entry);
    }

    @Override
    public boolean hasInbound(UUID customerId, String providerId) {
        return entries.stream().anyMatch(entry -> entry.customerId().equals(customerId)
                && entry.direction() == SmsLogEntry.Direction.INBOUND && providerId.equals(entry.providerId()));
    }

    @Override
    public List<UUID> sendersOf(String providerId) {
        return entries.stream()
                .filter(entry -> entry.direction() == SmsLogEntry.Direction.OUTBOUND && providerId.equals(entry.providerId()))
                .map(SmsLogEntry::customerId).distinct().toList();
    }

    public List<SmsLogEntry> entries() {
        return List.copyOf(entries);
    }
}
