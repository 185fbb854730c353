package ch.opsfabric.application.staff;

import ch.opsfabric.application.port.Conflict;
import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.in.Caller;
import ch.opsfabric.application.port.in.InvitedMember;
import ch.opsfabric.application.port.in.ManageStaffUseCase;
import ch.opsfabric.application.port.in.OwnerInvitationUseCase;
import ch.opsfabric.application.port.in.StaffMemberChange;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.SessionsPort;
import ch.opsfabric.application.port.out.StaffMembersPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.people.AccessLinkPurpose;
import ch.opsfabric.domain.people.StaffMember;
import ch.opsfabric.domain.people.StaffRole;
import ch.opsfabric.domain.people.Team;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The people of a business: invited by its owners (or, the first owner, at provisioning), changed, deactivated. */
public final class StaffMembersService implements ManageStaffUseCase, OwnerInvitationUseCase {

    private final Clock clock;
    private final Transactions transactions;
    private final LoadTenantPort tenants;
    private final StaffMembersPort members;
    private final SessionsPort sessions;
    private final AccessLinks links;
    private final IdGenerator ids;

    public StaffMembersService(Clock clock, Transactions transactions, LoadTenantPort tenants,
                               StaffMembersPort members, SessionsPort sessions, AccessLinks links, IdGenerator ids) {
        this.clock = clock;
        this.transactions = transactions;
        this.tenants = tenants;
        this.members = members;
        this.sessions = sessions;
        this.links = links;
        this.ids = ids;
    }

    @Override
    public List<StaffMember> members(Caller caller) {
        caller.requireOwner();
        return transactions.forTenant(caller.tenant().id(), () -> members.all(caller.tenant().id()));
    }

    @Override
    public List<StaffMember> colleagues(Caller caller) {
        return transactions.forTenant(caller.tenant().id(), () -> members.all(caller.tenant().id()));
    }

    @Override
    public InvitedMember invite(Caller caller, String name, String email, String role) {
        caller.requireOwner();
        var member = new StaffMember(ids.newId(), name, email, role == null ? StaffRole.STAFF : StaffRole.fromCode(role),
                true);
        return transactions.forTenant(caller.tenant().id(), () -> {
            var now = clock.instant();
            members.create(caller.tenant().id(), member, now);
            return new InvitedMember(member, links.send(caller.tenant(), member, AccessLinkPurpose.INVITATION, now));
        });
    }

    @Override
    public StaffMember change(Caller caller, UUID memberId, StaffMemberChange change) {
        caller.requireOwner();
        var role = change.role() == null ? null : StaffRole.fromCode(change.role());
        var tenantId = caller.tenant().id();
        return transactions.forTenant(tenantId, () -> {
            var team = new Team(members.lockAll(tenantId));
            var current = team.members().stream().filter(member -> member.id().equals(memberId)).findFirst()
                    .orElseThrow(() -> new NotFound("no staff member with id " + memberId));
            var changed = current;
            if (change.name() != null) {
                changed = changed.withName(change.name());
            }
            if (role != null) {
                changed = changed.withRole(role);
            }
            if (change.active() != null) {
                changed = changed.withActive(change.active());
            }
            if (!team.with(changed).keepsAnActiveOwner()) {
                throw new Conflict(change.active() != null && !change.active() ? "active" : "role",
                        "a business keeps at least one active owner, and " + current.name() + " is the last one");
            }
            members.update(tenantId, changed);
            if (!changed.active()) {
                sessions.endAllOf(tenantId, memberId);
            }
            return changed;
        });
    }

    @Override
    public String createOwner(UUID tenantId, String name, String email) {
        return transactions.forTenant(tenantId, () -> {
            var tenant = tenants.byId(tenantId).orElseThrow(() -> new NotFound("no business with id " + tenantId));
            var owner = new StaffMember(ids.newId(), name, email, StaffRole.OWNER, true);
            var now = clock.instant();
            members.create(tenantId, owner, now);
            return links.send(tenant, owner, AccessLinkPurpose.INVITATION, now);
        });
    }

    @Override
    public String inviteOwnerAgain(UUID tenantId) {
        var tenant = transactions.inTransaction(() -> tenants.byId(tenantId))
                .orElseThrow(() -> new NotFound("no business with id " + tenantId));
        return transactions.forTenant(tenantId, () -> {
            var owner = members.all(tenantId).stream().filter(StaffMember::isActiveOwner).findFirst()
                    .orElseThrow(() -> new NotFound("business " + tenantId + " has no active owner"));
            return links.send(tenant, owner, AccessLinkPurpose.INVITATION, clock.instant());
        });
    }
}
