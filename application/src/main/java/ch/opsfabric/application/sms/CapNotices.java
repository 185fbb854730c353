package ch.opsfabric.application.sms;

import ch.opsfabric.application.port.out.CapNoticePort;
import ch.opsfabric.application.port.out.EmailPurpose;
import ch.opsfabric.application.port.out.EmailQueuePort;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.OutboundEmail;
import ch.opsfabric.domain.routing.EmailText;
import ch.opsfabric.domain.tenant.Tenant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Tells the business and the operator ({@code OPSFABRIC_OPERATOR_EMAIL}) once per local day that the business's SMS
 * reached its daily cap and further ones wait (docs/domain-rules.md, SMS pumping guard), through the durable e-mail
 * queue and in the claim's transaction, so a notice is queued exactly when the day's first hold is recorded.
 */
public final class CapNotices {

    private final CapNoticePort notices;
    private final EmailQueuePort emails;
    private final IdGenerator ids;
    private final Optional<String> operatorEmail;

    /** @param operatorEmail FlowSight's address for these notices; empty tells the business only */
    public CapNotices(CapNoticePort notices, EmailQueuePort emails, IdGenerator ids, Optional<String> operatorEmail) {
        this.notices = Objects.requireNonNull(notices, "notices");
        this.emails = Objects.requireNonNull(emails, "emails");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.operatorEmail = Objects.requireNonNull(operatorEmail, "operatorEmail");
    }

    void capReached(Tenant tenant, LocalDate day, Instant now) {
        if (!notices.firstOn(tenant.id(), day)) {
            return;
        }
        var text = text(tenant, day);
        queue(tenant, tenant.profile().email(), text, now);
        operatorEmail.ifPresent(operator -> queue(tenant, operator, text, now));
    }

    private void queue(Tenant tenant, String to, EmailText text, Instant now) {
        emails.enqueue(new OutboundEmail(ids.newId(), tenant.id(), null, EmailPurpose.SMS_CAP_REACHED, to,
                text.subject(), text.body(), now, now, 0));
    }

    private static EmailText text(Tenant tenant, LocalDate day) {
        var profile = tenant.profile();
        var cap = profile.dailySmsCap().perDay();
        return new EmailText("[OpsFabric] Tageslimit von " + cap + " SMS erreicht: " + profile.slug(), """
                %s (%s) hat am %s das Tageslimit von %d SMS erreicht.

                Weitere SMS werden zurückgehalten, nicht verworfen: Sie gehen am nächsten Tag hinaus,
                oder sobald FlowSight das Limit (daily_sms_cap) erhöht.

                Viele SMS an einem Tag können auf Missbrauch des Web-Formulars hindeuten (SMS-Pumping).
                """.formatted(profile.name(), profile.slug(), day, cap));
    }
}
