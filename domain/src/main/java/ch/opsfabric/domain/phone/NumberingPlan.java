package ch.opsfabric.domain.phone;

/**
 * What the numbering plan says of a number: whether it takes SMS and how a Swiss reader writes it.
 * Behind an interface so the domain keeps no cache of its own: whoever wires the application
 * decides how much to remember ({@link LibphonenumberPlan} is the default).
 */
public interface NumberingPlan {

    /** Only mobile numbers take SMS; fixed lines, VoIP and service numbers silently drop them. */
    boolean canReceiveSms(PhoneNumber number);

    /** How a Swiss reader writes the number: {@code 079 123 45 67}, or international abroad. */
    String forDisplay(PhoneNumber number);
}
