package ch.opsfabric.domain.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Guessing passwords is slowed per account: 5 wrong passwords within 15 minutes lock the account for 15 minutes.
 * While locked even the right password is refused, with the same answer as a wrong one.
 */
public final class SignInLock {

    public static final int FAILURES_TO_LOCK = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    private SignInLock() {
    }

    public static boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The failures still counting at {@code now}: those of the last 15 minutes. */
    public static Instant windowStart(Instant now) {
        return now.minus(WINDOW);
    }

    /**
     * @param failures the account's failed sign-ins, this one at {@code now} included
     * @return until when the account is locked, when these failures lock it
     */
    public static Optional<Instant> lockAfter(Collection<Instant> failures, Instant now) {
        var counting = failures.stream().filter(failure -> failure.isAfter(windowStart(now))).count();
        return counting >= FAILURES_TO_LOCK ? Optional.of(now.plus(LOCK)) : Optional.empty();
    }
}
