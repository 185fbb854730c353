package ch.opsfabric.application.reply;

import ch.opsfabric.application.port.out.OptOutPort;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.sms.Confirmations;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.sms.SmsTemplates;
import ch.opsfabric.domain.tenant.Tenant;
import java.time.Instant;
import java.util.Arrays;

/**
 * STOP and START words: a STOP cancels whatever is still pending for the number, and each change
 * is confirmed once — a repeated STOP or START changes nothing and sends nothing.
 */
public final class OptOutReplies {

    private final OptOutPort optOuts;
    private final SmsQueuePort queue;
    private final Confirmations confirmations;

    public OptOutReplies(OptOutPort optOuts, SmsQueuePort queue, Confirmations confirmations) {
        this.optOuts = optOuts;
        this.queue = queue;
        this.confirmations = confirmations;
    }

    void optOut(Tenant tenant, PhoneNumber sender, Instant now) {
        if (optOuts.optOut(tenant.id(), sender, now)) {
            Arrays.stream(SmsPurpose.values()).forEach(purpose -> queue.cancelPending(tenant.id(), sender, purpose));
            confirmations.queueOutsideTicket(tenant, sender, SmsPurpose.OPT_OUT_CONFIRMATION,
                    SmsTemplates.optOutConfirmation(tenant.profile().name()), now);
        }
    }

    void optIn(Tenant tenant, PhoneNumber sender, Instant now) {
        if (optOuts.optIn(tenant.id(), sender)) {
            confirmations.queueOutsideTicket(tenant, sender, SmsPurpose.OPT_IN_CONFIRMATION,
                    SmsTemplates.optInConfirmation(tenant.profile().name()), now);
        }
    }
}
