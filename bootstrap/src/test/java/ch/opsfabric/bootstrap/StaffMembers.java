package ch.opsfabric.bootstrap;

import ch.opsfabric.testsupport.Rows;
import java.time.Instant;
import java.util.UUID;

/** People of a business, written as rows: signing in and the people API are not these tests' subject. */
final class StaffMembers {

    private StaffMembers() {
    }

    static UUID add(Rows rows, UUID business, String name, boolean active) {
        var id = UUID.randomUUID();
        rows.update("INSERT INTO staff_members (id, customer_id, name, email, role, active, created_at) "
                        + "VALUES (?, ?, ?, ?, 'staff', ?, ?)",
                id, business, name, name.toLowerCase() + "-" + id + "@example.ch", active, Instant.EPOCH);
        return id;
    }

    static String emailOf(Rows rows, UUID staffMember) {
        return (String) rows.one("SELECT email FROM staff_members WHERE id = ?", staffMember).get("email");
    }
}
