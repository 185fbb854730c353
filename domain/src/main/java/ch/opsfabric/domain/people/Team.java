package ch.opsfabric.domain.people;

import java.util.List;

/**
 * A business's people, as one change would leave them. Someone must be able to manage people and tokens, so a
 * business keeps at least one active owner: the last one can be neither demoted nor deactivated.
 */
public record Team(List<StaffMember> members) {

    public Team {
        members = List.copyOf(members);
    }

    /** The team with {@code changed} in place of the member with its id. */
    public Team with(StaffMember changed) {
        return new Team(members.stream().map(member -> member.id().equals(changed.id()) ? changed : member).toList());
    }

    public boolean keepsAnActiveOwner() {
        return members.stream().anyMatch(StaffMember::isActiveOwner);
    }
}
