package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.SmsLogPort;
import ch.opsfabric.application.sms.SmsLogEntry;
import java.util.ArrayList;
import java.util.List;

public final class RecordingSmsLog implements SmsLogPort {

    private final List<SmsLogEntry> entries = new ArrayList<>();

    @Override
    public void record(SmsLogEntry entry) {
        entries.add(entry);
    }

    public List<SmsLogEntry> entries() {
        return List.copyOf(entries);
    }
}
