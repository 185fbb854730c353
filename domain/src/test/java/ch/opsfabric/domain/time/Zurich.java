package ch.opsfabric.domain.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Test fixture: instants written as Zurich wall-clock times. */
final class Zurich {

    static final ZoneId ZONE = ZoneId.of("Europe/Zurich");

    private Zurich() {
    }

    /** A Zurich local time such as {@code "2025-11-21T20:30"}; must not be ambiguous. */
    static Instant at(String localDateTime) {
        var local = LocalDateTime.parse(localDateTime);
        if (ZONE.getRules().getValidOffsets(local).size() != 1) {
            throw new IllegalArgumentException(localDateTime + " is not a unique Zurich time; use an explicit offset");
        }
        return local.atZone(ZONE).toInstant();
    }

    /** An instant with an explicit offset, for the hours a DST change makes ambiguous. */
    static Instant atOffset(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
