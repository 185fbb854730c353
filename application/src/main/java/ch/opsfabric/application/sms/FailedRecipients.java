package ch.opsfabric.application.sms;

import ch.opsfabric.application.email.BusinessInbox;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.OptOutPort;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SendSmsPort.RejectionReason;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.application.port.out.UndeliverablePort;
import java.time.Instant;

/**
 * What the service learns from an SMS that could not be delivered: an invalid or landline number
 * is remembered as undeliverable (missed-call SMS and review requests skip it from then on), an unsubscribed
 * one as opted out; and when a message is given up for good, its text reaches the business by
 * e-mail, so the customer still gets an answer.
 */
public final class FailedRecipients {

    private final UndeliverablePort undeliverable;
    private final OptOutPort optOuts;
    private final LoadTenantPort tenants;
    private final BusinessInbox inbox;

    public FailedRecipients(UndeliverablePort undeliverable, OptOutPort optOuts, LoadTenantPort tenants,
                            BusinessInbox inbox) {
        this.undeliverable = undeliverable;
        this.optOuts = optOuts;
        this.tenants = tenants;
        this.inbox = inbox;
    }

    void rejected(OutboundSms sms, RejectionReason reason, Instant now) {
        switch (reason) {
            case INVALID_NUMBER, LANDLINE -> undeliverable.mark(sms.customerId(), sms.to(), reason.name(), now);
            case UNSUBSCRIBED -> optOuts.optOut(sms.customerId(), sms.to(), now);
            case OTHER -> { }
        }
    }

    void gaveUp(OutboundSms sms, String reason, Instant now) {
        // The recipient asked for no SMS; telling the business the text would not change that.
        if (sms.purpose() == SmsPurpose.OPT_OUT_CONFIRMATION || sms.purpose() == SmsPurpose.OPT_IN_CONFIRMATION) {
            return;
        }
        tenants.byId(sms.customerId()).ifPresent(tenant ->
                inbox.undeliveredSms(tenant, sms.ticketId(), sms.to(), sms.body(), reason, now));
    }
}
