package ch.opsfabric.application.missedcall;

import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.in.CallCommand;
import ch.opsfabric.application.port.in.RecordCallUseCase;
import ch.opsfabric.application.port.out.BlocklistPort;
import ch.opsfabric.application.port.out.CallLogPort;
import ch.opsfabric.application.port.out.CallerHistoryPort;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.InboundCall;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.domain.missedcall.CallerHistory;
import ch.opsfabric.domain.missedcall.MissedCallDecision;
import ch.opsfabric.domain.missedcall.MissedCallPolicy;
import ch.opsfabric.domain.phone.CallerId;
import ch.opsfabric.domain.tenant.Tenant;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Missed-call recovery (docs/domain-rules.md, Missed-call recovery): every call is recorded; a call nobody answered
 * gets the SMS the {@link MissedCallPolicy} decides on, queued in the same transaction; a call that got
 * through withdraws a missed-call SMS still waiting for that caller. Repeated webhook deliveries
 * change nothing.
 */
public final class RecordCallService implements RecordCallUseCase {

    static final String SMS_QUEUED = "sms_queued";

    private final Clock clock;
    private final Transactions transactions;
    private final LoadTenantPort tenants;
    private final CallLogPort calls;
    private final CallerHistoryPort callers;
    private final SmsQueuePort queue;
    private final BlocklistPort blocklist;
    private final IdGenerator ids;
    private final NumberingPlan numbers;

    public RecordCallService(Clock clock, Transactions transactions, LoadTenantPort tenants, CallLogPort calls,
                             CallerHistoryPort callers, SmsQueuePort queue, BlocklistPort blocklist, IdGenerator ids,
                             NumberingPlan numbers) {
        this.clock = clock;
        this.transactions = transactions;
        this.tenants = tenants;
        this.calls = calls;
        this.callers = callers;
        this.queue = queue;
        this.blocklist = blocklist;
        this.ids = ids;
        this.numbers = numbers;
    }

    @Override
    public void record(CallCommand command) {
        var tenant = tenants.bySmsNumber(command.calledNumber())
                .orElseThrow(() -> new NotFound("no business answers on " + command.to()));
        transactions.forTenant(tenant.id(), () -> {
            var call = new InboundCall(command.callId(), tenant.id(), command.from(), CallerId.of(command.from()),
                    command.calledNumber(), command.outcome(), command.reported());
            var now = clock.instant();
            calls.record(call, now).ifPresent(outcome -> {
                switch (outcome) {
                    case MISSED -> recover(tenant, call, now);
                    case ANSWERED -> call.callerNumber().ifPresent(
                            caller -> queue.cancelPending(tenant.id(), caller, SmsPurpose.MISSED_CALL));
                    case OTHER -> { }
                }
            });
        });
    }

    private void recover(Tenant tenant, InboundCall call, Instant now) {
        var history = call.callerNumber()
                .map(number -> callers.lockAndLoad(tenant.id(), number, now, tenant.profile().timezone()))
                .orElseGet(CallerHistory::firstCall);
        switch (MissedCallPolicy.decide(tenant, call.caller(), history, now, numbers)) {
            case MissedCallDecision.SendSms send -> {
                queue.enqueue(new OutboundSms(ids.newId(), tenant.id(), null, SmsPurpose.MISSED_CALL, send.to(),
                        tenant.profile().smsNumber(), send.text().body(), now, send.at(), false, 0));
                calls.noteDecision(call.callId(), SMS_QUEUED);
            }
            case MissedCallDecision.Skip skip -> {
                if (skip.blockUntil() != null) {
                    call.callerNumber().ifPresent(number -> blocklist.block(tenant.id(), number, skip.blockUntil(),
                            "more than " + tenant.profile().missedCall().blocklistThreshold() + " missed calls in a day"));
                }
                calls.noteDecision(call.callId(), "skipped: " + skip.reason().name().toLowerCase(Locale.ROOT));
            }
        }
    }
}
