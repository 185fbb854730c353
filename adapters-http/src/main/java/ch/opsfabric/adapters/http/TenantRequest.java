package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.Edit;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

// Each field is an Edit (JsonEdit reads it): a field left out keeps the current value (or the
// default, when creating), one that is named replaces it, and JSON null clears an optional one.
/**
 * The {@code customers} fields of a business, for provisioning (POST) and changing (PATCH) it.
 * Only the fields named change; unknown fields are refused (422). {@code profile} names an
 * industry preset and is taken only when provisioning.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
record TenantRequest(
        @Nullable @Schema(implementation = String.class) Edit<String> name,
        @Nullable @Schema(implementation = String.class, description = "the business's address in links")
        Edit<String> slug,
        @Nullable @Schema(implementation = String.class, nullable = true) Edit<String> phone,
        @Nullable @Schema(implementation = String.class) Edit<String> email,
        @Nullable @JsonProperty("sms_number") @Schema(implementation = String.class, nullable = true)
        Edit<String> smsNumber,
        @Nullable @JsonProperty("twilio_number")
        @Schema(implementation = String.class, nullable = true, description = "the other name of sms_number")
        Edit<String> twilioNumber,
        @Nullable @JsonProperty("website_domain") @Schema(implementation = String.class, nullable = true)
        Edit<String> websiteDomain,
        @Nullable @JsonProperty("google_review_link") @Schema(implementation = String.class, nullable = true)
        Edit<String> googleReviewLink,
        @Nullable @Schema(implementation = String.class, example = "Europe/Zurich") Edit<String> timezone,
        @Nullable @JsonProperty("quiet_hours_start") @Schema(implementation = String.class, description = "local time HH:MM, such as 21:00")
        Edit<String> quietHoursStart,
        @Nullable @JsonProperty("quiet_hours_end") @Schema(implementation = String.class, description = "local time HH:MM, such as 07:00")
        Edit<String> quietHoursEnd,
        @Nullable @JsonProperty("sla_response_minutes") @Schema(implementation = Integer.class)
        Edit<Integer> slaResponseMinutes,
        @Nullable @JsonProperty("review_delay_hours") @Schema(implementation = Integer.class)
        Edit<Integer> reviewDelayHours,
        @Nullable @Schema(implementation = String.class) Edit<String> plan,
        @Nullable @Schema(implementation = Boolean.class) Edit<Boolean> active,
        @Nullable @Schema(implementation = Object.class, description = "module switches by key, true or false")
        Edit<Map<String, Object>> modules,
        @Nullable @Schema(implementation = Object.class, nullable = true) Edit<Map<String, Object>> config,
        @Nullable @JsonProperty("missed_call_delay_seconds") @Schema(implementation = Integer.class)
        Edit<Integer> missedCallDelaySeconds,
        @Nullable @JsonProperty("missed_call_dedupe_minutes") @Schema(implementation = Integer.class)
        Edit<Integer> missedCallDedupeMinutes,
        @Nullable @JsonProperty("missed_call_daily_sms_limit") @Schema(implementation = Integer.class)
        Edit<Integer> missedCallDailySmsLimit,
        @Nullable @JsonProperty("missed_call_blocklist_threshold") @Schema(implementation = Integer.class)
        Edit<Integer> missedCallBlocklistThreshold,
        @Nullable @JsonProperty("daily_sms_cap") @Schema(implementation = Integer.class)
        Edit<Integer> dailySmsCap,
        @Nullable @JsonProperty("sla_pause_weekends") @Schema(implementation = Boolean.class)
        Edit<Boolean> slaPauseWeekends,
        @Nullable @Schema(implementation = String.class, nullable = true) Edit<String> canton,
        @Nullable @JsonProperty("sla_warning_minutes")
        @Schema(implementation = Integer.class, description = "minutes of SLA time left at which an unanswered "
                + "ticket warns its assignee, 0 for never; default 30")
        Edit<Integer> slaWarningMinutes,
        @Nullable
        @Schema(implementation = String.class, allowableValues = {"off", "least_open"},
                description = "who gets a new ticket: nobody (off, the default) or the active staff member with "
                        + "the fewest open tickets")
        Edit<String> assignment,
        @Nullable @JsonProperty("ring_seconds")
        @Schema(implementation = Integer.class, description = "how long a forwarded call rings, 5 to 120 seconds")
        Edit<Integer> ringSeconds,
        @Nullable @JsonProperty("alert_phone")
        @Schema(implementation = String.class, nullable = true, description = "mobile number told by SMS of every urgent request")
        Edit<String> alertPhone,
        @Nullable
        @Schema(implementation = String.class, allowableValues = {"handwerk", "gastro", "beauty", "allgemein"},
                description = "an industry preset of modules and wizard intents; only when provisioning")
        Edit<String> profile) {

    TenantRequest {
        name = orKeep(name);
        slug = orKeep(slug);
        phone = orKeep(phone);
        email = orKeep(email);
        smsNumber = orKeep(smsNumber);
        twilioNumber = orKeep(twilioNumber);
        websiteDomain = orKeep(websiteDomain);
        googleReviewLink = orKeep(googleReviewLink);
        timezone = orKeep(timezone);
        quietHoursStart = orKeep(quietHoursStart);
        quietHoursEnd = orKeep(quietHoursEnd);
        slaResponseMinutes = orKeep(slaResponseMinutes);
        reviewDelayHours = orKeep(reviewDelayHours);
        plan = orKeep(plan);
        active = orKeep(active);
        modules = orKeep(modules);
        config = orKeep(config);
        missedCallDelaySeconds = orKeep(missedCallDelaySeconds);
        missedCallDedupeMinutes = orKeep(missedCallDedupeMinutes);
        missedCallDailySmsLimit = orKeep(missedCallDailySmsLimit);
        missedCallBlocklistThreshold = orKeep(missedCallBlocklistThreshold);
        dailySmsCap = orKeep(dailySmsCap);
        slaPauseWeekends = orKeep(slaPauseWeekends);
        canton = orKeep(canton);
        slaWarningMinutes = orKeep(slaWarningMinutes);
        assignment = orKeep(assignment);
        ringSeconds = orKeep(ringSeconds);
        alertPhone = orKeep(alertPhone);
        profile = orKeep(profile);
    }

    private static <T> Edit<T> orKeep(Edit<T> edit) {
        return edit == null ? Edit.keep() : edit;
    }
}
