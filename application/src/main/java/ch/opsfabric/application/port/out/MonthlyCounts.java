package ch.opsfabric.application.port.out;

import java.util.Map;
import java.util.Objects;

/**
 * What the database counts for one tenant and one month; {@code MonthlyReportService} turns it into
 * the report's rates. Averages are in seconds and null when no ticket had the step at all.
 *
 * <p>The captured rate's parts are counted over the same rows as its denominator, each a subset of them:
 * a visit or a missed call of the month that led to a request (whenever it came). A count of captured
 * visits or calls above the visits or calls themselves is a fault of the counting, refused here rather
 * than reported as a rate above 1.
 *
 * @param ticketsBySource                 every ticket source with its count, zeros included
 * @param ticketsByUrgency                LOW, MED, HIGH with their counts
 * @param wizardVisits                    wizard visits reported in the month
 * @param capturedWizardVisits            of those, the visits whose wizard then submitted a request naming them
 * @param ticketsWithStaffStepWithin24h   tickets whose first staff step (a status change or a message to the
 *                                        customer) came at most 24 h after creation
 * @param missedCalls                     inbound calls of the month nobody answered
 * @param capturedMissedCalls             of those, the calls whose caller's number opened or joined a ticket
 *                                        within 7 days after the call
 * @param repliesByKind                   option_1, option_2, option_3, free_text with their counts
 * @param wizardSubmissionsViaMissedCall  wizard tickets that followed a wizard link sent after a missed call
 */
public record MonthlyCounts(Map<String, Long> ticketsBySource, Map<String, Long> ticketsByUrgency, long wizardVisits,
                            long capturedWizardVisits, Double firstResponseAutomaticSeconds,
                            Double firstResponseHumanSeconds, long ticketsWithStaffStepWithin24h, long reviewRequests,
                            long reviewClicks, long inboundCalls, long missedCalls, long capturedMissedCalls,
                            long missedCallSmsSent, Map<String, Long> repliesByKind,
                            long wizardSubmissionsViaMissedCall) {

    public MonthlyCounts {
        requirePart("captured wizard visits", capturedWizardVisits, "wizard visits", wizardVisits);
        requirePart("captured missed calls", capturedMissedCalls, "missed calls", missedCalls);
        ticketsBySource = Map.copyOf(Objects.requireNonNull(ticketsBySource, "ticketsBySource"));
        ticketsByUrgency = Map.copyOf(Objects.requireNonNull(ticketsByUrgency, "ticketsByUrgency"));
        repliesByKind = Map.copyOf(Objects.requireNonNull(repliesByKind, "repliesByKind"));
    }

    public long ticketsTotal() {
        return ticketsBySource.values().stream().mapToLong(Long::longValue).sum();
    }

    public long replies() {
        return repliesByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    public long ticketsFrom(String source) {
        return ticketsBySource.getOrDefault(source, 0L);
    }

    /** Wizard visits and missed calls: the chances a business had to take a request. */
    public long chancesToCapture() {
        return wizardVisits + missedCalls;
    }

    /** The visits and missed calls that led to a request: a part of {@link #chancesToCapture()}. */
    public long captured() {
        return capturedWizardVisits + capturedMissedCalls;
    }

    private static void requirePart(String partName, long part, String wholeName, long whole) {
        if (part < 0 || part > whole) {
            throw new IllegalArgumentException(partName + " (" + part + ") must be between 0 and the " + wholeName
                    + " (" + whole + ")");
        }
    }
}
