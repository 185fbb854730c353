package ch.opsfabric.application.port.in;

/** The fields of a staff member to change; null keeps a field as it is. */
public record StaffMemberChange(String name, String role, Boolean active) {
}
