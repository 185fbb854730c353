package ch.opsfabric.application.port.out;

import java.util.Objects;
import java.util.UUID;

/** The business an API token belongs to, and the name it was given, which its changes are logged under. */
public record TokenHolder(UUID customerId, String name) {

    public TokenHolder {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(name, "name");
    }
}
