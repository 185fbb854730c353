package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.MonthlyReport;
import ch.opsfabric.application.port.in.Overview;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON of the reports, snake_case as the rest of the API. Rates stay null when their
 * denominator is 0, so every figure is always present, null or not.
 */
final class ReportJson {

    private ReportJson() {
    }

    /** A business's month; docs/reports.md defines every figure. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Monthly(String month, String timezone, String from, String to, Tickets tickets,
                   @JsonProperty("wizard_visits") long wizardVisits,
                   Captured captured,
                   @JsonProperty("captured_rate") @Nullable BigDecimal capturedRate,
                   @JsonProperty("first_response") FirstResponse firstResponse,
                   @JsonProperty("next_step_24h_rate") @Nullable BigDecimal nextStep24hRate,
                   Reviews reviews, Calls calls,
                   @JsonProperty("missed_call_sms") MissedCallSms missedCallSms,
                   @JsonProperty("wizard_submissions_via_missed_call") long wizardSubmissionsViaMissedCall,
                   @JsonProperty("tickets_from_missed_calls") long ticketsFromMissedCalls,
                   @JsonProperty("recovery_rate") @Nullable BigDecimal recoveryRate) {

        static Monthly of(MonthlyReport report) {
            var c = report.counts();
            var byKind = c.repliesByKind();
            return new Monthly(report.month().toString(), report.zone().getId(), report.from().toString(),
                    report.to().toString(),
                    new Tickets(c.ticketsTotal(), c.ticketsBySource(), c.ticketsByUrgency()),
                    c.wizardVisits(), new Captured(c.capturedWizardVisits(), c.capturedMissedCalls()),
                    report.capturedRate(),
                    new FirstResponse(c.firstResponseAutomaticSeconds(), c.firstResponseHumanSeconds()),
                    report.nextStep24hRate(),
                    new Reviews(c.reviewRequests(), c.reviewClicks(), report.reviewConversion()),
                    new Calls(c.inboundCalls(), c.missedCalls(), report.missedCallRate()),
                    new MissedCallSms(c.missedCallSmsSent(), c.replies(), report.replyRate(),
                            new RepliesByOption(byKind.get("option_1"), byKind.get("option_2"),
                                    byKind.get("option_3"), byKind.get("free_text"))),
                    c.wizardSubmissionsViaMissedCall(), report.ticketsFromMissedCalls(), report.recoveryRate());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Tickets(long total, @JsonProperty("by_source") Map<String, Long> bySource,
                   @JsonProperty("by_urgency") Map<String, Long> byUrgency) {
    }

    /** The parts of the captured rate's numerator, each a share of its own kind of contact. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Captured(@JsonProperty("wizard_visits") long wizardVisits, @JsonProperty("missed_calls") long missedCalls) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FirstResponse(@JsonProperty("automatic_seconds") @Nullable Double automaticSeconds,
                         @JsonProperty("human_seconds") @Nullable Double humanSeconds) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Reviews(long requests, long clicks, @Nullable BigDecimal conversion) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Calls(long inbound, long missed, @JsonProperty("missed_rate") @Nullable BigDecimal missedRate) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MissedCallSms(long sent, long replies, @JsonProperty("reply_rate") @Nullable BigDecimal replyRate,
                         @JsonProperty("replies_by_option") RepliesByOption repliesByOption) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RepliesByOption(@JsonProperty("1") @Nullable Long option1, @JsonProperty("2") @Nullable Long option2,
                           @JsonProperty("3") @Nullable Long option3,
                           @JsonProperty("free_text") @Nullable Long freeText) {
    }

    /** FlowSight's own month across all businesses. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OverviewAnswer(String month, String timezone, String from, String to,
                          @JsonProperty("active_tenants") long activeTenants,
                          @JsonProperty("active_tenants_by_plan") Map<String, Long> activeTenantsByPlan,
                          @JsonProperty("mrr_chf") @Nullable BigDecimal mrrChf, Churn churn, Sms sms,
                          UptimeAnswer uptime) {

        static OverviewAnswer of(Overview overview) {
            var c = overview.counts();
            var byPlan = new LinkedHashMap<String, Long>();
            c.activeAtEndByPlan().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> byPlan.put(entry.getKey().code(), entry.getValue()));
            return new OverviewAnswer(overview.month().toString(), overview.zone().getId(),
                    overview.from().toString(), overview.to().toString(), c.activeAtEnd(), byPlan,
                    overview.mrrChf(), new Churn(c.activeAtStart(), c.churned(), overview.churnRate()),
                    new Sms(c.smsSent(), c.smsDelivered(), overview.smsDeliveryRate()),
                    new UptimeAnswer(overview.uptime().answeredMinutes(), overview.uptime().minutes(),
                            overview.uptime().rate()));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Churn(@JsonProperty("active_at_start") long activeAtStart, long deactivated, @Nullable BigDecimal rate) {
    }

    /** The share of the month's minutes so far in which the service answered its health check. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UptimeAnswer(@JsonProperty("answered_minutes") long answeredMinutes, long minutes,
                        @Nullable BigDecimal rate) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Sms(long sent, long delivered, @JsonProperty("delivery_rate") @Nullable BigDecimal deliveryRate) {
    }
}
