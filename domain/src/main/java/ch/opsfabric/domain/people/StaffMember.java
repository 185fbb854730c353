package ch.opsfabric.domain.people;

import ch.opsfabric.domain.InvalidValue;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** A person working a business's tickets; the e-mail address is their sign-in name at that business. */
public record StaffMember(UUID id, String name, String email, StaffRole role, boolean active) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public StaffMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new InvalidValue("name", "is required and at most 120 characters");
        }
        if (email == null || email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new InvalidValue("email", "is required and must be an e-mail address");
        }
        name = name.strip();
    }

    public boolean isActiveOwner() {
        return active && role == StaffRole.OWNER;
    }

    public StaffMember withName(String newName) {
        return new StaffMember(id, newName, email, role, active);
    }

    public StaffMember withRole(StaffRole newRole) {
        return new StaffMember(id, name, email, newRole, active);
    }

    public StaffMember withActive(boolean nowActive) {
        return new StaffMember(id, name, email, role, nowActive);
    }
}
