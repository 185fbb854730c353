package ch.opsfabric.domain.missedcall;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a tenant already knows about one calling number, as far as the missed-call decision needs it.
 *
 * @param missedCallSmsTimes  when earlier missed-call SMS to this number were sent or queued
 * @param missedCallsToday    missed calls from this number on the tenant's local day, this one included
 * @param blockedUntil        end of an active blocklisting, if any
 * @param optedOut            the number replied STOP and has not replied START since
 * @param undeliverable       the provider reported the number invalid or a landline before
 */
public record CallerHistory(List<Instant> missedCallSmsTimes, int missedCallsToday, Optional<Instant> blockedUntil,
                            boolean optedOut, boolean undeliverable) {

    public CallerHistory {
        missedCallSmsTimes = List.copyOf(missedCallSmsTimes);
        Objects.requireNonNull(blockedUntil, "blockedUntil");
    }

    /** A number the tenant has never heard from, calling for the first time today. */
    public static CallerHistory firstCall() {
        return new CallerHistory(List.of(), 1, Optional.empty(), false, false);
    }
}
