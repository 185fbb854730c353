package ch.opsfabric.domain.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LockingAnAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    private static List<Instant> failuresEvery(Duration gap, int count) {
        return IntStream.range(0, count).mapToObj(index -> NOW.minus(gap.multipliedBy(count - 1 - index))).toList();
    }

    @Test
    void five_wrong_passwords_within_15_minutes_lock_the_account_for_15_minutes() {
        assertThat(SignInLock.lockAfter(failuresEvery(Duration.ofMinutes(3), 5), NOW))
                .contains(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void four_wrong_passwords_do_not_lock() {
        assertThat(SignInLock.lockAfter(failuresEvery(Duration.ofMinutes(1), 4), NOW)).isEmpty();
    }

    @Test
    void a_failure_older_than_15_minutes_no_longer_counts() {
        assertThat(SignInLock.lockAfter(failuresEvery(Duration.ofMinutes(15).plusSeconds(1).dividedBy(4), 5), NOW))
                .isEmpty();
        assertThat(SignInLock.lockAfter(failuresEvery(Duration.ofMinutes(14).dividedBy(4), 5), NOW)).isPresent();
    }

    @Test
    void a_lock_holds_until_its_end_and_not_a_moment_longer() {
        var until = NOW.plus(SignInLock.LOCK);

        assertThat(SignInLock.isLocked(until, NOW)).isTrue();
        assertThat(SignInLock.isLocked(until, until.minusMillis(1))).isTrue();
        assertThat(SignInLock.isLocked(until, until)).isFalse();
        assertThat(SignInLock.isLocked(null, NOW)).as("never locked").isFalse();
    }
}
