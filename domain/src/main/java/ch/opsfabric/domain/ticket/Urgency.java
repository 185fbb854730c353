package ch.opsfabric.domain.ticket;

/** How soon the business should react; declared from least to most urgent. */
public enum Urgency {
    LOW, MED, HIGH;

    public Urgency atLeast(Urgency other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The urgency with this exact name, or null: for validating input without exceptions. */
    public static Urgency valueOfOrNull(String name) {
        for (var urgency : values()) {
            if (urgency.name().equals(name)) {
                return urgency;
            }
        }
        return null;
    }
}
