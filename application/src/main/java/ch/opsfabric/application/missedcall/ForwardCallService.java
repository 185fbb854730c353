package ch.opsfabric.application.missedcall;

import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.in.CallCommand;
import ch.opsfabric.application.port.in.CallForwarding;
import ch.opsfabric.application.port.in.ForwardCallUseCase;
import ch.opsfabric.application.port.out.LoadTenantPort;

/**
 * Puts a call to the business's SMS number through to its phone, ringing {@code ring_seconds}, so a
 * business goes live with its telephony provider and this service alone; the provider reports the
 * outcome to the missed-call webhook, which recovers the calls nobody answered.
 */
public final class ForwardCallService implements ForwardCallUseCase {

    private final LoadTenantPort tenants;

    public ForwardCallService(LoadTenantPort tenants) {
        this.tenants = tenants;
    }

    @Override
    public CallForwarding forward(CallCommand call) {
        var tenant = tenants.bySmsNumber(call.calledNumber())
                .orElseThrow(() -> new NotFound("no business answers on " + call.to()));
        var phone = tenant.profile().phone();
        // Its own SMS number would ring this webhook again, in a loop.
        if (phone == null || phone.equals(tenant.profile().smsNumber())) {
            throw new NotFound("business " + tenant.profile().slug() + " has no phone to put calls through to");
        }
        return new CallForwarding(phone, tenant.profile().channels().ringSeconds());
    }
}
