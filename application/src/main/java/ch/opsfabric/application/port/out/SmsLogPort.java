package ch.opsfabric.application.port.out;

import ch.opsfabric.application.sms.SmsLogEntry;

public interface SmsLogPort {

    void record(SmsLogEntry entry);
}
