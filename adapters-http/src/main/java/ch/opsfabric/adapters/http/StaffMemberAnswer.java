package ch.opsfabric.adapters.http;

import ch.opsfabric.domain.people.StaffMember;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** A staff member; a new one's answer also carries the invitation link, shown this once. */
@Serdeable
record StaffMemberAnswer(UUID id, String name, String email, String role, boolean active,
                         @Nullable @JsonProperty("invitation_url") @JsonInclude(JsonInclude.Include.NON_NULL)
                         String invitationUrl) {

    static StaffMemberAnswer of(StaffMember member) {
        return invited(member, null);
    }

    static StaffMemberAnswer invited(StaffMember member, String invitationUrl) {
        return new StaffMemberAnswer(member.id(), member.name(), member.email(), member.role().code(),
                member.active(), invitationUrl);
    }
}
