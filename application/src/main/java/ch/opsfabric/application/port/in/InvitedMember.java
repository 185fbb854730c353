package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.people.StaffMember;

/** @param invitationUrl the link to set a password, shown this once (it is also e-mailed) */
public record InvitedMember(StaffMember member, String invitationUrl) {
}
