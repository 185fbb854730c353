package ch.opsfabric.domain.ticket;

/** How soon the business should react; declared from least to most urgent. */
public enum Urgency {
    LOW, MED, HIGH;

    public Urgency atLeast(Urgency other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
