package ch.opsfabric.application.port.in;

import java.util.UUID;

/** The owner a business gets at provisioning, and a fresh invitation for them from the operator. */
public interface OwnerInvitationUseCase {

    /**
     * Creates the business's owner and e-mails the invitation, inside the caller's transaction for this tenant.
     *
     * @return the invitation link
     */
    String createOwner(UUID tenantId, String name, String email);

    /**
     * A new invitation for the business's longest-standing active owner; older links stop working.
     *
     * @throws ch.opsfabric.application.port.NotFound for an unknown business, or one without an active owner
     */
    String inviteOwnerAgain(UUID tenantId);
}
