package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.OverviewCountsPort;
import ch.opsfabric.application.port.out.OverviewCounts;
import ch.opsfabric.domain.tenant.Plan;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.EnumMap;

/**
 * Counts across all tenants for FlowSight's overview. Whether a tenant was active at an instant is
 * read from {@code onboarded_at} and {@code deactivated_at}, so a past month's figures do not
 * change when a tenant is switched off later.
 */
@Singleton
class OverviewCountsStore implements OverviewCountsPort {

    private static final String ACTIVE_AT = "(onboarded_at IS NULL OR onboarded_at < ?) "
            + "AND (deactivated_at IS NULL OR deactivated_at >= ?)";

    private final Sql sql;

    OverviewCountsStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public OverviewCounts count(Instant from, Instant to) {
        var byPlan = new EnumMap<Plan, Long>(Plan.class);
        for (var plan : Plan.values()) {
            byPlan.put(plan, 0L);
        }
        sql.list("SELECT plan, count(*) AS n FROM customers WHERE " + ACTIVE_AT + " GROUP BY plan",
                row -> {
                    byPlan.put(Plan.fromCode(row.getString("plan")), row.getLong("n"));
                    return null;
                }, to, to);
        var activeAtStart = number("SELECT count(*) FROM customers WHERE " + ACTIVE_AT, from, from);
        var churned = number("SELECT count(*) FROM customers WHERE " + ACTIVE_AT
                + " AND deactivated_at < ?", from, from, to);
        var sms = sql.one("""
                SELECT count(*) AS sent, count(*) FILTER (WHERE delivery_status = 'delivered') AS delivered
                FROM outbound_sms_outcomes WHERE status = 'sent' AND created_at >= ? AND created_at < ?""",
                row -> new long[] {row.getLong("sent"), row.getLong("delivered")}, from, to).orElseThrow();
        return new OverviewCounts(byPlan, activeAtStart, churned, sms[0], sms[1]);
    }

    private long number(String statement, Object... parameters) {
        return sql.one(statement, row -> row.getLong(1), parameters).orElseThrow();
    }
}
