package ch.opsfabric.domain.missedcall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A caller the tenant has never texted, calling for the first time today; change only what a test is about. */
final class CallerHistoryFixture {

    private final List<Instant> smsSent = new ArrayList<>();
    private int missedCallsToday = 1;
    private Instant blockedUntil;
    private boolean optedOut;
    private boolean undeliverable;

    private CallerHistoryFixture() {
    }

    static CallerHistoryFixture aFirstTimeCaller() {
        return new CallerHistoryFixture();
    }

    CallerHistoryFixture textedAt(Instant... times) {
        smsSent.addAll(List.of(times));
        return this;
    }

    CallerHistoryFixture withMissedCallsToday(int missedCallsToday) {
        this.missedCallsToday = missedCallsToday;
        return this;
    }

    CallerHistoryFixture blockedUntil(Instant blockedUntil) {
        this.blockedUntil = blockedUntil;
        return this;
    }

    CallerHistoryFixture optedOut() {
        this.optedOut = true;
        return this;
    }

    CallerHistoryFixture undeliverable() {
        this.undeliverable = true;
        return this;
    }

    CallerHistory build() {
        return new CallerHistory(smsSent, missedCallsToday, Optional.ofNullable(blockedUntil), optedOut, undeliverable);
    }
}
