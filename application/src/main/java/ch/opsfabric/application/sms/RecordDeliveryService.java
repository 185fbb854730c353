package ch.opsfabric.application.sms;

import ch.opsfabric.application.port.in.RecordDeliveryUseCase;
import ch.opsfabric.application.port.out.DeliveryReport;
import ch.opsfabric.application.port.out.SmsLogPort;
import ch.opsfabric.application.port.out.Transactions;

/**
 * Puts a delivery report on the logged SMS. Reports for unknown ids (another system's messages
 * on a shared account) are ignored, and repeating a report changes nothing.
 */
public final class RecordDeliveryService implements RecordDeliveryUseCase {

    private final Transactions transactions;
    private final SmsLogPort smsLog;

    public RecordDeliveryService(Transactions transactions, SmsLogPort smsLog) {
        this.transactions = transactions;
        this.smsLog = smsLog;
    }

    @Override
    public void record(DeliveryReport report) {
        report.state().ifPresent(state -> smsLog.sendersOf(report.providerId()).forEach(
                tenantId -> transactions.forTenant(tenantId, () -> {
                    smsLog.recordDelivery(tenantId, report.providerId(), state, report.detail());
                })));
    }
}
