package ch.opsfabric.application.reply;

import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.application.sms.Confirmations;
import ch.opsfabric.domain.missedcall.CallerHistory;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.sms.SmsTemplates;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.tenant.Tenant;
import java.time.Instant;

/** Reply "3": answers with the wizard link and opens no ticket; nothing for a number that opted out. */
public final class WizardLinkReply {

    private final Confirmations confirmations;
    private final WizardLinks wizardLinks;

    public WizardLinkReply(Confirmations confirmations, WizardLinks wizardLinks) {
        this.confirmations = confirmations;
        this.wizardLinks = wizardLinks;
    }

    void answer(Tenant tenant, PhoneNumber sender, CallerHistory history, Instant now) {
        if (tenant.has(Module.SMS) && !history.optedOut()) {
            confirmations.queueOutsideTicket(tenant, sender, SmsPurpose.WIZARD_LINK,
                    SmsTemplates.wizardLink(wizardLinks.forCaller(tenant, sender)), now);
        }
    }
}
