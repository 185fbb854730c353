package ch.opsfabric.domain.tenant;

import ch.opsfabric.domain.InvalidValue;
import java.util.Locale;

/** How a business's new tickets find their person (docs/domain-rules.md, Assignment). */
public enum Assignment {
    /** Nobody is assigned by the service; staff assign by hand. */
    OFF,
    /** A new ticket goes to the active staff member with the fewest open tickets. */
    LEAST_OPEN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Assignment fromCode(String code) {
        for (var assignment : values()) {
            if (assignment.code().equals(code)) {
                return assignment;
            }
        }
        throw new InvalidValue("assignment", "must be off or least_open: " + code);
    }
}
