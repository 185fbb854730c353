package ch.opsfabric.application.report;

import ch.opsfabric.domain.tenant.Plan;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** What each plan costs a business per month, in CHF; configured, because prices change without a release. */
public record PlanPrices(Map<Plan, BigDecimal> monthlyChf) {

    public PlanPrices {
        for (var plan : Plan.values()) {
            var price = monthlyChf.get(plan);
            if (price == null || price.signum() < 0) {
                throw new IllegalArgumentException("plan " + plan.code() + " needs a price of 0 CHF or more");
            }
        }
        monthlyChf = Map.copyOf(new EnumMap<>(monthlyChf));
    }

    public BigDecimal of(Plan plan) {
        return monthlyChf.get(plan);
    }
}
