package ch.opsfabric.adapters.http;

import ch.opsfabric.application.report.MonthlyReport;
import ch.opsfabric.application.report.Overview;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON of the reports, snake_case as the rest of the API; rates stay null when undefined. */
final class ReportJson {

    private ReportJson() {
    }

    static Map<String, Object> monthly(MonthlyReport report) {
        var c = report.counts();
        var answer = head(report.month().toString(), report.zone().getId(), report.from(), report.to());
        answer.put("tickets", ordered("total", c.ticketsTotal(), "by_source", c.ticketsBySource(),
                "by_urgency", c.ticketsByUrgency()));
        answer.put("wizard_visits", c.wizardVisits());
        answer.put("captured", ordered("wizard_visits", c.capturedWizardVisits(),
                "missed_calls", c.capturedMissedCalls()));
        answer.put("captured_rate", report.capturedRate());
        answer.put("first_response", ordered("automatic_seconds", c.firstResponseAutomaticSeconds(),
                "human_seconds", c.firstResponseHumanSeconds()));
        answer.put("next_step_24h_rate", report.nextStep24hRate());
        answer.put("reviews", ordered("requests", c.reviewRequests(), "clicks", c.reviewClicks(),
                "conversion", report.reviewConversion()));
        answer.put("calls", ordered("inbound", c.inboundCalls(), "missed", c.missedCalls(),
                "missed_rate", report.missedCallRate()));
        var byKind = c.repliesByKind();
        answer.put("missed_call_sms", ordered("sent", c.missedCallSmsSent(), "replies", c.replies(),
                "reply_rate", report.replyRate(),
                "replies_by_option", ordered("1", byKind.get("option_1"), "2", byKind.get("option_2"),
                        "3", byKind.get("option_3"), "free_text", byKind.get("free_text"))));
        answer.put("wizard_submissions_via_missed_call", c.wizardSubmissionsViaMissedCall());
        answer.put("tickets_from_missed_calls", report.ticketsFromMissedCalls());
        answer.put("recovery_rate", report.recoveryRate());
        return answer;
    }

    static Map<String, Object> overview(Overview overview) {
        var c = overview.counts();
        var answer = head(overview.month().toString(), overview.zone().getId(), overview.from(), overview.to());
        var byPlan = new LinkedHashMap<String, Object>();
        c.activeAtEndByPlan().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> byPlan.put(entry.getKey().code(), entry.getValue()));
        answer.put("active_tenants", c.activeAtEnd());
        answer.put("active_tenants_by_plan", byPlan);
        answer.put("mrr_chf", overview.mrrChf());
        answer.put("churn", ordered("active_at_start", c.activeAtStart(), "deactivated", c.churned(),
                "rate", overview.churnRate()));
        answer.put("sms", ordered("sent", c.smsSent(), "delivered", c.smsDelivered(),
                "delivery_rate", overview.smsDeliveryRate()));
        return answer;
    }

    private static Map<String, Object> head(String month, String zone, Instant from, Instant to) {
        var answer = new LinkedHashMap<String, Object>();
        answer.put("month", month);
        answer.put("timezone", zone);
        answer.put("from", from.toString());
        answer.put("to", to.toString());
        return answer;
    }

    /** A map that keeps null values and the order given: name, value, name, value, … */
    private static Map<String, Object> ordered(Object... namesAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int index = 0; index < namesAndValues.length; index += 2) {
            map.put((String) namesAndValues[index], namesAndValues[index + 1]);
        }
        return map;
    }
}
