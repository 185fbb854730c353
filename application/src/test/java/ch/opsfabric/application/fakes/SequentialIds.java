package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.IdGenerator;
import java.util.UUID;

/** Hands out 00000000-0000-0000-0000-000000000001, …2, …: predictable and never repeated. */
public final class SequentialIds implements IdGenerator {

    private long last;

    @Override
    public UUID newId() {
        return new UUID(0, ++last);
    }
}
