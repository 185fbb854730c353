package ch.opsfabric.application.port.out;

import java.util.Map;
import java.util.Objects;

/**
 * What the database counts for one tenant and one month; {@code MonthlyReportService} turns it into
 * the report's rates. Averages are in seconds and null when no ticket had the step at all.
 *
 * @param ticketsBySource                 every ticket source with its count, zeros included
 * @param ticketsByUrgency                LOW, MED, HIGH with their counts
 * @param ticketsWithStaffStepWithin24h   tickets whose first staff status change came at most 24 h after creation
 * @param repliesByKind                   option_1, option_2, option_3, free_text with their counts
 * @param wizardSubmissionsViaMissedCall  wizard tickets that followed a wizard link sent after a missed call
 */
public record MonthlyCounts(Map<String, Long> ticketsBySource, Map<String, Long> ticketsByUrgency, long wizardVisits,
                            Double firstResponseAutomaticSeconds, Double firstResponseHumanSeconds,
                            long ticketsWithStaffStepWithin24h, long reviewRequests, long reviewClicks,
                            long inboundCalls, long missedCalls, long missedCallSmsSent,
                            Map<String, Long> repliesByKind, long wizardSubmissionsViaMissedCall) {

    public MonthlyCounts {
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
}
