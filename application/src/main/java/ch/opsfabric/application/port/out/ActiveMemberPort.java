package ch.opsfabric.application.port.out;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The people who work a business's tickets, as assignment and warnings need them. */
@FunctionalInterface
public interface ActiveMemberPort {

    /** The business's active staff member with this id; none for an unknown, inactive or another business's one. */
    Optional<ActiveMember> activeMember(UUID customerId, UUID staffMemberId);

    record ActiveMember(UUID id, String name, String email) {

        public ActiveMember {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(email, "email");
        }
    }
}
