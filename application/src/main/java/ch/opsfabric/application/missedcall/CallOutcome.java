package ch.opsfabric.application.missedcall;

import java.util.Locale;
import java.util.Set;

/** What became of an inbound call, read off the telephony provider's statuses. */
public enum CallOutcome {
    MISSED, ANSWERED, OTHER;

    private static final Set<String> NOT_REACHED = Set.of("no-answer", "busy", "failed");

    /**
     * The Dial leg's status decides when there is one; only a call without a Dial leg is judged by
     * its own status (a forwarded call that nobody answered still "completes" for the caller).
     */
    public static CallOutcome of(String callStatus, String dialCallStatus) {
        var status = dialCallStatus != null && !dialCallStatus.isBlank() ? dialCallStatus : callStatus;
        if (status == null) {
            return OTHER;
        }
        var normalised = status.strip().toLowerCase(Locale.ROOT);
        if (NOT_REACHED.contains(normalised)) {
            return MISSED;
        }
        return "completed".equals(normalised) ? ANSWERED : OTHER;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
