package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.people.StaffMember;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A business's people ({@code staff_members}), their passwords and failed sign-ins. */
public interface StaffMembersPort {

    /** @throws ch.opsfabric.application.port.Conflict naming {@code email} when the address is taken here */
    void create(UUID customerId, StaffMember member, Instant createdAt);

    /** Oldest first. */
    List<StaffMember> all(UUID customerId);

    /** {@link #all}, locked until the transaction ends, so two changes cannot each leave the other the last owner. */
    List<StaffMember> lockAll(UUID customerId);

    Optional<StaffMember> byId(UUID customerId, UUID memberId);

    void update(UUID customerId, StaffMember member);

    /** The businesses where an active person has this e-mail address, whatever its case. */
    List<UUID> businessesOf(String email);

    /** The person with this address at this business, locked for the sign-in's decision. */
    Optional<Credentials> credentialsForUpdate(UUID customerId, String email, Instant failuresSince);

    void recordFailure(UUID customerId, UUID memberId, Instant at);

    /** Locks the account until then; its failures so far are spent. */
    void lock(UUID customerId, UUID memberId, Instant until);

    /** A successful sign-in: remembered, and the failures so far forgotten. */
    void signedIn(UUID customerId, UUID memberId, Instant at);

    /** A new password; failures and a lock are forgotten. */
    void setPassword(UUID customerId, UUID memberId, String passwordHash);

    /**
     * @param passwordHash   null when the person never set a password
     * @param lockedUntil    null when the account was never locked
     * @param recentFailures the failed sign-ins since the time asked for
     */
    record Credentials(StaffMember member, String passwordHash, Instant lockedUntil, List<Instant> recentFailures) {
    }
}
