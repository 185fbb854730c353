package ch.opsfabric.application.port.out;

import java.util.Objects;
import java.util.UUID;

/** Which assignee the listed tickets have. */
public sealed interface AssigneeFilter {

    AssigneeFilter ANYONE = new Anyone();

    /** Assigned or not, to whomever. */
    record Anyone() implements AssigneeFilter {
    }

    /** Assigned to nobody. */
    record Nobody() implements AssigneeFilter {
    }

    /** Assigned to this staff member. */
    record Member(UUID staffMemberId) implements AssigneeFilter {

        public Member {
            Objects.requireNonNull(staffMemberId, "staffMemberId");
        }
    }
}
