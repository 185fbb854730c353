package ch.opsfabric.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.domain.InvalidValue;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeepingAnOwnerTest {

    private final StaffMember owner = new StaffMember(UUID.randomUUID(), "Anna Dörfler", "anna@doerfler.ch",
            StaffRole.OWNER, true);
    private final StaffMember staff = new StaffMember(UUID.randomUUID(), "Beat Keller", "beat@doerfler.ch",
            StaffRole.STAFF, true);
    private final Team team = new Team(List.of(owner, staff));

    @Test
    void the_last_active_owner_can_be_neither_demoted_nor_deactivated() {
        assertThat(team.with(owner.withRole(StaffRole.STAFF)).keepsAnActiveOwner()).isFalse();
        assertThat(team.with(owner.withActive(false)).keepsAnActiveOwner()).isFalse();
    }

    @Test
    void an_owner_may_step_down_once_another_is_active() {
        var withSecondOwner = team.with(staff.withRole(StaffRole.OWNER));

        assertThat(withSecondOwner.with(owner.withActive(false)).keepsAnActiveOwner()).isTrue();
    }

    @Test
    void a_deactivated_owner_does_not_count() {
        var secondButInactive = new StaffMember(UUID.randomUUID(), "Carla", "carla@doerfler.ch", StaffRole.OWNER,
                false);

        assertThat(new Team(List.of(owner, secondButInactive)).with(owner.withRole(StaffRole.STAFF))
                .keepsAnActiveOwner()).isFalse();
    }

    @Test
    void a_member_needs_a_name_an_e_mail_address_and_a_known_role() {
        assertThatThrownBy(() -> new StaffMember(UUID.randomUUID(), " ", "a@b.ch", StaffRole.STAFF, true))
                .isInstanceOf(InvalidValue.class).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> new StaffMember(UUID.randomUUID(), "Anna", "anna", StaffRole.STAFF, true))
                .isInstanceOf(InvalidValue.class).hasMessageStartingWith("email:");
        assertThatThrownBy(() -> StaffRole.fromCode("chef")).isInstanceOf(InvalidValue.class)
                .hasMessageStartingWith("role:");
    }

    @Test
    void a_new_password_has_10_to_128_characters() {
        assertThat(NewPassword.check("Rohrzange1")).isEqualTo("Rohrzange1");
        assertThatThrownBy(() -> NewPassword.check("kurz")).isInstanceOf(InvalidValue.class)
                .hasMessageStartingWith("password:");
        assertThatThrownBy(() -> NewPassword.check("x".repeat(129))).isInstanceOf(InvalidValue.class);
    }
}
