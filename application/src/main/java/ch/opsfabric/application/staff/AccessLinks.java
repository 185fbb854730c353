package ch.opsfabric.application.staff;

import ch.opsfabric.application.port.PublicAddress;
import ch.opsfabric.application.port.out.AccessLinksPort;
import ch.opsfabric.application.port.out.EmailPurpose;
import ch.opsfabric.application.port.out.EmailQueuePort;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.OutboundEmail;
import ch.opsfabric.application.port.out.SecretGenerator;
import ch.opsfabric.application.tenant.StaffTokens;
import ch.opsfabric.domain.people.AccessLinkEmails;
import ch.opsfabric.domain.people.AccessLinkPurpose;
import ch.opsfabric.domain.people.StaffMember;
import ch.opsfabric.domain.tenant.Tenant;
import java.time.Instant;

/**
 * Issues an invitation or reset link and queues the e-mail carrying it, in the caller's tenant transaction.
 * The token is 256 random bits, stored as its SHA-256 like an API token ({@link StaffTokens}).
 */
public final class AccessLinks {

    private static final int LINK_BITS = 256;

    private final AccessLinksPort links;
    private final EmailQueuePort emails;
    private final SecretGenerator secrets;
    private final IdGenerator ids;
    private final PublicAddress address;

    public AccessLinks(AccessLinksPort links, EmailQueuePort emails, SecretGenerator secrets, IdGenerator ids,
                       PublicAddress address) {
        this.links = links;
        this.emails = emails;
        this.secrets = secrets;
        this.ids = ids;
        this.address = address;
    }

    /** @return the link, for the one answer that may show it */
    String send(Tenant tenant, StaffMember member, AccessLinkPurpose purpose, Instant now) {
        var token = secrets.newSecret(LINK_BITS);
        links.issue(tenant.id(), member.id(), purpose, StaffTokens.hash(token), now);
        var url = address.url((purpose == AccessLinkPurpose.INVITATION ? "/app/invite/" : "/app/reset/") + token);
        var text = AccessLinkEmails.of(purpose, tenant.profile().name(), member.name(), url);
        var emailPurpose = purpose == AccessLinkPurpose.INVITATION
                ? EmailPurpose.STAFF_INVITATION : EmailPurpose.PASSWORD_RESET;
        emails.enqueue(new OutboundEmail(ids.newId(), tenant.id(), null, emailPurpose, member.email(), text.subject(),
                text.body(), now, now, 0));
        return url;
    }
}
