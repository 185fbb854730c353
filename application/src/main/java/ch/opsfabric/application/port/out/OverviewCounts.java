package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.tenant.Plan;
import java.util.Map;
import java.util.Objects;

/**
 * What the database counts across all tenants for one month.
 *
 * @param activeAtEndByPlan  tenants active at the month's end (or now, for the running month), by plan
 * @param activeAtStart      tenants onboarded before the month and not deactivated at its start
 * @param churned            of those, the ones deactivated during the month
 * @param smsSent            outbound SMS the provider accepted during the month
 * @param smsDelivered       of those, the ones the provider reported delivered
 */
public record OverviewCounts(Map<Plan, Long> activeAtEndByPlan, long activeAtStart, long churned, long smsSent,
                             long smsDelivered) {

    public OverviewCounts {
        activeAtEndByPlan = Map.copyOf(Objects.requireNonNull(activeAtEndByPlan, "activeAtEndByPlan"));
    }

    public long activeAtEnd() {
        return activeAtEndByPlan.values().stream().mapToLong(Long::longValue).sum();
    }
}
