package ch.opsfabric.domain.people;

import ch.opsfabric.domain.InvalidValue;
import java.util.Locale;

/** What a person may do at a business: an owner also manages its people and API tokens. */
public enum StaffRole {
    OWNER, STAFF;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws InvalidValue naming {@code role} for anything but {@code owner} or {@code staff} */
    public static StaffRole fromCode(String code) {
        for (var role : values()) {
            if (role.code().equals(code)) {
                return role;
            }
        }
        throw new InvalidValue("role", "must be owner or staff");
    }
}
