package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.DeliveryReport;
import ch.opsfabric.application.port.out.EarlyDeliveryReportsPort;
import ch.opsfabric.application.port.out.SmsLogEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Early delivery reports in memory, matched to their send through the SMS log as the store does. */
public final class InMemoryEarlyDeliveryReports implements EarlyDeliveryReportsPort {

    private record Kept(DeliveryReport report, Instant receivedAt) {
    }

    private final RecordingSmsLog smsLog;
    private final List<Kept> kept = new ArrayList<>();

    public InMemoryEarlyDeliveryReports(RecordingSmsLog smsLog) {
        this.smsLog = smsLog;
    }

    @Override
    public void keep(DeliveryReport report, Instant receivedAt) {
        kept.add(new Kept(report, receivedAt));
    }

    @Override
    public List<Matched> matched(int limit) {
        return kept.stream().map(early -> early.report().providerId()).distinct()
                .flatMap(providerId -> smsLog.sendersOf(providerId).stream()
                        .map(customerId -> new Matched(customerId, providerId)))
                .limit(limit).toList();
    }

    @Override
    public List<DeliveryReport> take(String providerId) {
        var taken = kept.stream().filter(early -> early.report().providerId().equals(providerId)).toList();
        kept.removeAll(taken);
        return taken.stream().map(Kept::report).toList();
    }

    @Override
    public int forgetReceivedBefore(Instant cutoff) {
        var old = kept.stream().filter(early -> early.receivedAt().isBefore(cutoff)).toList();
        kept.removeAll(old);
        return old.size();
    }

    public int size() {
        return kept.size();
    }
}
