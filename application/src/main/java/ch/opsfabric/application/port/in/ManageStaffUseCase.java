package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.people.StaffMember;
import java.util.List;
import java.util.UUID;

/** An owner manages the people of their business; a business keeps at least one active owner. */
public interface ManageStaffUseCase {

    List<StaffMember> members(Caller caller);

    /** The business's people for any of them, e.g. to name who did what on a ticket and whom to assign it to. */
    List<StaffMember> colleagues(Caller caller);

    /** @throws ch.opsfabric.application.port.Conflict naming {@code email} when the address is taken here */
    InvitedMember invite(Caller caller, String name, String email, String role);

    /**
     * @throws ch.opsfabric.application.port.NotFound for an id not of this business
     * @throws ch.opsfabric.application.port.Conflict when the business would be left without an active owner
     */
    StaffMember change(Caller caller, UUID memberId, StaffMemberChange change);
}
