package ch.opsfabric.domain.time;

import java.time.LocalTime;
import java.util.Optional;

/** Test data builder: a Zurich tenant with the default settings, changed one fact at a time. */
final class TenantSla {

    private int minutes = 120;
    private QuietHours quietHours = QuietHours.DEFAULT;
    private boolean pauseWeekends = true;
    private Optional<Canton> canton = Optional.empty();

    static TenantSla aZurichTenant() {
        return new TenantSla();
    }

    TenantSla withMinutes(int minutes) {
        this.minutes = minutes;
        return this;
    }

    TenantSla withQuietHours(String start, String end) {
        this.quietHours = new QuietHours(LocalTime.parse(start), LocalTime.parse(end));
        return this;
    }

    TenantSla withoutQuietHours() {
        this.quietHours = QuietHours.none();
        return this;
    }

    TenantSla countingWeekends() {
        this.pauseWeekends = false;
        return this;
    }

    TenantSla inCanton(Canton canton) {
        this.canton = Optional.of(canton);
        return this;
    }

    SlaPolicy policy() {
        return new SlaPolicy(minutes, quietHours, Zurich.ZONE, pauseWeekends, canton);
    }
}
